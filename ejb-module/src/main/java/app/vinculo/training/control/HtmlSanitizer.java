package app.vinculo.training.control;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Cleans rich text typed in the portal's editor (course syllabus) to a small safe subset of HTML: paragraphs,
 * emphasis, lists, headings and links; no scripts, styles, event handlers or javascript: URLs (ADR 0008).
 */
public final class HtmlSanitizer {

    private static final Safelist SAFE = Safelist.basic().addTags("h1", "h2", "h3", "h4", "span", "u", "s");

    private HtmlSanitizer() {
    }

    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String cleaned = Jsoup.clean(html, SAFE).trim();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
