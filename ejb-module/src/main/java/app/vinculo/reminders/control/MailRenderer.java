package app.vinculo.reminders.control;

import app.vinculo.platform.i18n.LocalizedText;
import app.vinculo.reminders.entity.ReminderKind;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders reminder mails in the recipient's language from the {@code app.vinculo.reminders.mail} bundle:
 * named placeholders ({@code {client}}) filled with the occurrence's values, HTML-escaped in the HTML part,
 * and a link to the item below the portal's base URL.
 */
public final class MailRenderer {

    static final String BUNDLE = "app.vinculo.reminders.mail";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z0-9_]+)}");

    private final String baseUrl;

    public MailRenderer(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("es-AR");
    }

    /** One reminder as one mail; without a link path (mail to a client contact) it has no portal link. */
    public RenderedMail render(ReminderKind kind, String language, String recipientName, String linkPath,
                               Map<String, String> params) {
        ResourceBundle b = bundle(language);
        params = read(params, b);
        String subject = fill(text(b, kind.subjectKey()), params, false);
        String body = fill(text(b, kind.bodyKey()), params, false);
        String bodyHtml = fill(escape(text(b, kind.bodyKey())), params, true);
        String greeting = fill(text(b, "mail.greeting"), Map.of("name", nameOr(recipientName, b)), false);
        String greetingHtml = fill(escape(text(b, "mail.greeting")), Map.of("name", nameOr(recipientName, b)), true);
        if (linkPath == null) {
            // a person outside the company (a client contact): no portal link, no profile settings
            String footer = text(b, "mail.footer.external");
            return new RenderedMail("[Vínculo] " + subject, greeting + "\n\n" + body + "\n\n-- \n" + footer + "\n",
                    page(subject, "<p>" + greetingHtml + "</p>" + paragraphs(bodyHtml), footer));
        }
        String link = link(linkPath);
        String open = text(b, "mail.open");
        String footer = text(b, "mail.footer");

        String plain = greeting + "\n\n" + body + "\n\n" + open + ": " + link + "\n\n-- \n" + footer + "\n";
        String html = page(subject, "<p>" + greetingHtml + "</p>" + paragraphs(bodyHtml)
                + button(link, open), footer);
        return new RenderedMail("[Vínculo] " + subject, plain, html);
    }

    /** Several reminders for one person as one daily digest. */
    public RenderedMail renderDigest(String language, String recipientName, List<DigestItem> items) {
        ResourceBundle b = bundle(language);
        String subject = fill(text(b, "mail.digest.subject"), Map.of("count", Integer.toString(items.size())), false);
        StringBuilder plain = new StringBuilder();
        StringBuilder html = new StringBuilder();
        plain.append(fill(text(b, "mail.greeting"), Map.of("name", nameOr(recipientName, b)), false)).append("\n\n")
                .append(text(b, "mail.digest.intro")).append("\n\n");
        html.append("<p>").append(fill(escape(text(b, "mail.greeting")), Map.of("name", nameOr(recipientName, b)), true))
                .append("</p><p>").append(escape(text(b, "mail.digest.intro"))).append("</p><ul>");
        for (DigestItem item : items) {
            String itemSubject = fill(text(b, item.kind().subjectKey()), read(item.params(), b), false);
            String link = link(item.linkPath());
            plain.append("• ").append(itemSubject).append("\n  ").append(link).append("\n");
            html.append("<li style=\"margin-bottom:8px\"><a href=\"").append(escape(link)).append("\">")
                    .append(escape(itemSubject)).append("</a></li>");
        }
        html.append("</ul>");
        String footer = text(b, "mail.footer");
        plain.append("\n-- \n").append(footer).append("\n");
        return new RenderedMail("[Vínculo] " + subject, plain.toString(), page(subject, html.toString(), footer));
    }

    /** One line of a digest. */
    public record DigestItem(ReminderKind kind, String linkPath, Map<String, String> params) {
    }

    String link(String path) {
        if (path == null || path.isBlank()) {
            return baseUrl + "/";
        }
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(BUNDLE, locale(language), MailRenderer.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The values in the reader's words: message tokens and dates written by the sources ({@link LocalizedText}). */
    private static Map<String, String> read(Map<String, String> params, ResourceBundle b) {
        Map<String, String> out = new HashMap<>();
        params.forEach((k, v) -> out.put(k, LocalizedText.read(v, b.getLocale(), key -> b.containsKey(key) ? b.getString(key) : null)));
        return out;
    }

    private static String text(ResourceBundle b, String key) {
        try {
            return b.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static String nameOr(String name, ResourceBundle b) {
        return name == null || name.isBlank() ? text(b, "mail.someone") : name;
    }

    /** Fills {name} placeholders; unknown ones stay visible so a missing value is noticed. */
    static String fill(String template, Map<String, String> params, boolean html) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = params.get(m.group(1));
            String replacement = value == null ? m.group() : html ? escape(value) : value;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String paragraphs(String html) {
        StringBuilder out = new StringBuilder();
        for (String p : html.split("\n")) {
            if (!p.isBlank()) {
                out.append("<p>").append(p).append("</p>");
            }
        }
        return out.toString();
    }

    private static String button(String link, String label) {
        return "<p style=\"margin:24px 0\"><a href=\"" + escape(link) + "\" style=\"background:#1f6feb;color:#fff;"
                + "padding:10px 18px;border-radius:6px;text-decoration:none;display:inline-block\">" + escape(label)
                + "</a></p>";
    }

    private static String page(String title, String content, String footer) {
        return "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>" + escape(title) + "</title></head>"
                + "<body style=\"font-family:Segoe UI,Helvetica,Arial,sans-serif;color:#1f2328;max-width:640px;"
                + "margin:0 auto;padding:16px\"><h2 style=\"color:#1f6feb\">Vínculo</h2>" + content
                + "<hr style=\"border:none;border-top:1px solid #d0d7de\"><p style=\"color:#656d76;font-size:12px\">"
                + escape(footer) + "</p></body></html>";
    }
}
