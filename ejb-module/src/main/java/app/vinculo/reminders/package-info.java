/**
 * Reminder engine (PRODUCT.md §7, R7.1): a timer ({@link app.vinculo.reminders.boundary.ReminderTimer}) runs the
 * engine, which asks every {@link app.vinculo.reminders.boundary.ReminderSource} (features extend
 * {@link app.vinculo.reminders.boundary.DueReminders}, its skeleton) what is due and writes each
 * occurrence per recipient to the outbox under a unique key (kind + subject + due + recipient), then a sender
 * claims due rows with a conditional UPDATE, renders them (HTML + text, recipient's language, link to the item)
 * and records SENT with the SMTP time, or the error and the next attempt (exponential backoff, FAILED after the
 * configured attempts). Users choose immediate mails or a daily digest and opt out of non-mandatory kinds.
 * Boundary: {@link app.vinculo.reminders.boundary.ReminderService} (run now, runs, outbox, retry, cancel,
 * 24-hour preview — ADMIN; own preferences — everyone).
 * Guarantee: each occurrence is recorded once and sent once; the only repeat possible is a mail the SMTP server
 * accepted when the sending server died before recording it (the claim expires and it is sent again).
 * Out of scope here: the RM1–RM8 sources themselves (each feature adds its own).
 */
package app.vinculo.reminders;
