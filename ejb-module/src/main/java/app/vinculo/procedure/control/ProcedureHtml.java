package app.vinculo.procedure.control;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Cleans the procedure's rich text to a safe subset of HTML (paragraphs, emphasis, lists, headings, links, tables for
 * the procedure's own tables); no scripts, styles, event handlers or javascript: URLs (jsoup, ADR 0008).
 */
public final class ProcedureHtml {

    private static final Safelist SAFE = Safelist.basic().addTags("h1", "h2", "h3", "h4", "span", "u", "s", "table", "thead",
            "tbody", "tr", "th", "td");

    private ProcedureHtml() {
    }

    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String cleaned = Jsoup.clean(html, SAFE).trim();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
