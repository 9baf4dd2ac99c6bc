package app.vinculo.system;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the fuzzers assert of every answer: no server error, nothing of the server's insides, no unescaped echo. */
final class FuzzChecks {

    /** A Java exception's class name, a stack frame, the server's name or version (possessive: no backtracking in
     *  the 20 000-character texts pages echo). */
    private static final Pattern INSIDES = Pattern.compile("\\b(?:[a-z][a-z0-9_]*+\\.){2,}+[A-Z]\\w*+(?<=Exception|Error)\\b"
            + "|\\bat [a-z][\\w$]*+(?:\\.[\\w$]++)++\\([\\w$]++\\.java:\\d++\\)|Caused by:|Payara|GlassFish|Mojarra"
            + "|EclipseLink|\\b6\\.20\\d\\d\\.\\d+\\b|SQLSTATE|SQLException|Derby");
    private static final Pattern PF_ERROR_PAGES = Pattern.compile("errorPages:\\{[^}]*\\}");
    private static final Pattern MESSAGES = Pattern.compile("ui-messages?-(error|warn|info|fatal)");
    private static final Pattern GROWL = Pattern.compile("\"Growl\",[^;]*msgs:\\[\\{");

    private FuzzChecks() {
    }

    /** HTTP 5xx, or a body that shows the server's insides. */
    static List<String> serverProblems(String what, HttpResponse<String> answer) {
        List<String> problems = new ArrayList<>();
        if (answer.statusCode() >= 500) {
            problems.add(what + " answered HTTP " + answer.statusCode());
        }
        String insides = insides(answer.body());
        if (insides != null) {
            problems.add(what + " shows \"" + insides + "\"");
        }
        return problems;
    }

    static String insides(String body) {
        // every page names the exception of PrimeFaces' own expired-view page in its settings: not a leak
        Matcher m = INSIDES.matcher(body == null ? "" : PF_ERROR_PAGES.matcher(body).replaceAll(""));
        return m.find() ? m.group() : null;
    }

    /** The page tells the user something: the layout's messages, a field's message or a growl. */
    static boolean showsMessage(String html) {
        return MESSAGES.matcher(html).find() || GROWL.matcher(html).find();
    }

    /**
     * Pass B's payloads as markup or evaluated rather than as text: a script element or an event handler the page
     * did not write itself, the raw {@code <script>} text anywhere (inside a script block too), or an EL result.
     */
    static List<String> unescaped(String what, String html) {
        List<String> found = new ArrayList<>();
        Document page = HtmlForms.parse(html, Browser.BASE_URL);
        for (Element script : page.select("script")) {
            if (script.data().contains("alert(1)")) {
                found.add(what + ": a script element runs the payload: " + clip(script.outerHtml()));
            }
        }
        for (Element element : page.select("[onerror]")) {
            found.add(what + ": an element carries the payload's handler: " + clip(element.outerHtml()));
        }
        if (html.contains("<script>alert(1)</script>")) {
            found.add(what + ": the raw payload <script>alert(1)</script> is in the page");
        }
        for (String evaluated : FuzzValues.EVALUATED) {
            if (html.contains(evaluated)) {
                found.add(what + ": the EL payload was evaluated (" + evaluated + ")");
            }
        }
        return found;
    }

    static String clip(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
