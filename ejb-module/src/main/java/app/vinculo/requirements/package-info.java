/**
 * Requirements and sales quotes (PRODUCT.md §4). Boundaries: {@link app.vinculo.requirements.boundary.RequirementService}
 * (register — also from a visit's record —, submit, approve/reject by the Implementation Head, plan, start, deliver,
 * the review queue) and {@link app.vinculo.requirements.boundary.QuoteService} (draft and edit in DRAFT by the
 * Implementation Head; approve, return with comments, send, accept, reject by a Project Manager; new revision;
 * pipeline by state and currency). Rules: R4.1 (approval → PLANNED with an active A&D agreement, else QUOTING; an
 * accepted quote → PLANNED), R4.2 (only a PM approves values; nothing is edited after DRAFT — a revision is a new
 * quote that supersedes the old one). Money in BigDecimal, half-even to cents ({@link app.vinculo.requirements.entity.QuotePricing});
 * numbers PV-year-NNNN from a locked per-year counter (consecutive, never reused). Timer: expiry of sent quotes.
 * Reminders: RM5, RM6. Out of scope yet: the pages and the quote PDF.
 */
package app.vinculo.requirements;
