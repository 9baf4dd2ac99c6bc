package app.vinculo.reminders.control;

/** A mail ready to send: subject, plain text and HTML alternatives. */
public record RenderedMail(String subject, String text, String html) {
}
