/**
 * Reminder pages: the e-mail outbox with the engine's recent runs ({@code admin/outbox.xhtml}), what will fire in
 * the next 24 hours ({@code admin/reminder-preview.xhtml}), and each user's delivery choices (a panel of
 * {@code profile.xhtml}, in {@code ProfileEditBacking}).
 * <p>
 * ADMIN runs the engine, retries and cancels messages; AUDITOR reads the outbox and the preview (web.xml constrains
 * {@code /admin/*} to both roles). {@code ReminderService} enforces the rules: R7.1 (each occurrence sent exactly
 * once, retried with backoff, visible here with its error), mandatory kinds cannot be turned off.
 * <p>
 * Out of scope here: the scheduler, the sender and the mail templates (ejb-module, reminders feature).
 */
package app.vinculo.reminders.web;
