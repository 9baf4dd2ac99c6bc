/** Web tier of requirements and sales quotes (PRODUCT.md §4): lists, registration, review, planning, quotes and their PDF. */
package app.vinculo.requirements.web;
