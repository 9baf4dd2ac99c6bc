/**
 * Pages of the clients feature: the client list (filters, database paging and sorting, exports), the client form,
 * the client page (header with the agreements at a glance, contacts, modules and growth room, agreements, timeline),
 * the top bar's client search and the module catalogue (admin). Everything goes through
 * {@link app.vinculo.clients.boundary.ClientService} and {@link app.vinculo.agreements.boundary.AgreementService},
 * which decide (R1.1, R1.2); the pages only hide what a role cannot do.
 */
package app.vinculo.clients.web;
