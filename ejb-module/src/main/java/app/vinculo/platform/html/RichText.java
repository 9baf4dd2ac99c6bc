package app.vinculo.platform.html;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Rich text typed in the portal's editor, cleaned to a small safe subset of HTML before it is stored: paragraphs,
 * emphasis, lists, headings and links (and, for documents such as the procedure, tables); no scripts, styles, event
 * handlers or javascript: URLs (jsoup, ADR 0008). One place for every feature that stores rich text.
 */
public final class RichText {

    private static final Safelist TEXT = Safelist.basic().addTags("h1", "h2", "h3", "h4", "span", "u", "s");
    private static final Safelist DOCUMENT = Safelist.basic().addTags("h1", "h2", "h3", "h4", "span", "u", "s", "table",
            "thead", "tbody", "tr", "th", "td");

    private RichText() {
    }

    /** A course syllabus, a note: text, emphasis, lists, headings, links; null when nothing is left. */
    public static String clean(String html) {
        return clean(html, TEXT);
    }

    /** A document with tables (the procedure); null when nothing is left. */
    public static String cleanDocument(String html) {
        return clean(html, DOCUMENT);
    }

    private static String clean(String html, Safelist safelist) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String cleaned = Jsoup.clean(html, safelist).trim();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
