/**
 * New versions and functional test campaigns (PRODUCT.md §6): the R&D Manager registers a release and its changes and
 * publishes it (R6.1 e-mail to the Implementation Heads); the Implementation Head opens a test campaign (one case per
 * change plus manual ones), assigns cases, consultants record results, and the campaign is signed off only under R6.2.
 * Impacted clients, delivered-requirement notices and RM8 complete it.
 */
package app.vinculo.releases;
