/** Web tier of visits (PRODUCT.md §2): list, plan, confirm, record (IT APE) and the visit report. */
package app.vinculo.visits.web;
