/** Web tier of follow-ups (PRODUCT.md §3): record a contact, its next action, "my next actions". */
package app.vinculo.followups.web;
