/**
 * Web tier of new versions and functional test campaigns (PRODUCT.md §6): the release list, the release page (details,
 * changes one by one or pasted as a list, R6.1 publication, impacted clients with CSV/XLSX export), the campaign page
 * (progress, per-module summary, bulk assignment, results, waivers, R6.2 sign-off, report PDF) and a consultant's own
 * cases (RM8 links there). Out of scope: the rules themselves — {@code ReleaseService} and {@code CampaignService}
 * decide; pages only hide what a role or status cannot do.
 */
package app.vinculo.releases.web;
