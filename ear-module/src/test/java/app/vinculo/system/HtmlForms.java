package app.vinculo.system;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the forms of a portal page as a program would post them: each named input classified by the PrimeFaces
 * widget that rendered it (the page's {@code PrimeFaces.cw("Type", …, {id:"clientId"})} calls), and the submit
 * buttons and command links that post the form (each by its {@code name}, the component's client id).
 */
final class HtmlForms {

    /** What kind of value a field takes, which decides what the fuzzer posts in it. */
    enum Kind {
        /** QUERY: what is typed in an autocomplete to look for an item; the item chosen is its ID. */
        TEXT, QUERY, NUMBER, DATE, SELECT, MULTI, CHECKBOX, ID, INTERNAL
    }

    /** One posted name: its current values, the values offered (selects, radios, check boxes), its maxlength. */
    record Field(String name, Kind kind, List<String> values, List<String> options, int maxLength) {
    }

    /** A form: its id, where it posts, its fields in page order and the names of what submits it. */
    record Form(String id, String action, List<Field> fields, List<String> submitters) {

        boolean fillable() {
            return fields.stream().anyMatch(f -> f.kind() != Kind.INTERNAL && f.kind() != Kind.ID);
        }

        /**
         * Same form in another page, row or state: the view, the form id and the names of its fields and buttons,
         * a table's rows counted once ("topics:0:title" and "topics:1:title" are one name).
         */
        String signature(String view) {
            return view + "#" + id + new TreeSet<>(fields.stream().map(f -> rowless(f.name())).toList())
                    + new TreeSet<>(submitters.stream().map(HtmlForms::rowless).toList());
        }
    }

    private static final Pattern WIDGET = Pattern.compile("PrimeFaces\\.cw\\(\"(\\w+)\",\"[^\"]*\",\\{id:\"([^\"]+)\"");
    private static final Pattern ROW = Pattern.compile(":\\d+:");
    /** Widgets whose own state rides along in the post (keyboard focus, scroll, panels), not a user's value. */
    private static final Pattern WIDGET_STATE = Pattern.compile(".*_(focus|active|collapsed|scrollState|rppDD|"
            + "resizableColumnState|columnOrder|expandedRowIndexes|filter|hinput_\\w+|editorInput|input_\\d+|"
            + "pageLinks|encodeFeature|skipChildren|first|rows)$");

    private HtmlForms() {
    }

    static Document parse(String html, String url) {
        return Jsoup.parse(html, url);
    }

    static List<Form> forms(String html, String url) {
        Document page = parse(html, url);
        Map<String, String> widgets = new LinkedHashMap<>();
        for (Element script : page.select("script")) {
            Matcher m = WIDGET.matcher(script.data());
            while (m.find()) {
                widgets.put(m.group(2), m.group(1));
            }
        }
        List<Form> forms = new ArrayList<>();
        for (Element form : page.select("form[id]")) {
            forms.add(read(form, widgets));
        }
        return forms;
    }

    private static Form read(Element form, Map<String, String> widgets) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String name = input.attr("name");
            if (input.tagName().equals("input") && Set.of("submit", "button", "image", "reset").contains(input.attr("type"))
                    || input.hasAttr("disabled")) {
                continue; // a button is posted only as the submitter; a browser never posts a disabled field
            }
            Field known = fields.get(name);
            Field field = field(form.id(), input, widgets);
            if (known == null) {
                fields.put(name, field);
            } else if (!field.options().isEmpty()) { // one more radio or check box of the same group
                List<String> options = new ArrayList<>(known.options());
                options.addAll(field.options());
                List<String> values = new ArrayList<>(known.values());
                values.addAll(field.values());
                fields.put(name, new Field(name, known.kind(), values, options, known.maxLength()));
            }
        }
        Set<String> submitters = new LinkedHashSet<>();
        Set<String> rowPatterns = new LinkedHashSet<>();
        for (Element button : form.select("button[type=submit][name], input[type=submit][name]")) {
            addOnce(button.attr("name"), submitters, rowPatterns);
        }
        widgets.forEach((id, type) -> {
            if ("CommandLink".equals(type) && id.startsWith(form.id() + ":") && form.getElementById(id) != null) {
                addOnce(id, submitters, rowPatterns);
            }
        });
        return new Form(form.id(), form.absUrl("action"), List.copyOf(fields.values()), List.copyOf(submitters));
    }

    private static String rowless(String name) {
        return ROW.matcher(name).replaceAll(":N:");
    }

    /** The first row's button of a table stands for every row's. */
    private static void addOnce(String name, Set<String> submitters, Set<String> rowPatterns) {
        if (rowPatterns.add(rowless(name))) {
            submitters.add(name);
        }
    }

    private static Field field(String formId, Element input, Map<String, String> widgets) {
        String name = input.attr("name");
        String type = input.tagName().equals("input") ? input.attr("type").toLowerCase() : input.tagName();
        int maxLength = parseMax(input.attr("maxlength"));
        List<String> value = new ArrayList<>();
        List<String> options = new ArrayList<>();
        Kind kind;
        if (name.equals(formId) || name.startsWith("jakarta.faces.") || name.startsWith("primefaces.")
                || WIDGET_STATE.matcher(name).matches()) {
            kind = Kind.INTERNAL;
            value.add(input.attr("value"));
        } else if ("select".equals(type)) {
            kind = input.hasAttr("multiple") ? Kind.MULTI : Kind.SELECT;
            input.select("option").forEach(o -> options.add(o.attr("value")));
            input.select("option[selected]").forEach(o -> value.add(o.attr("value")));
        } else if ("radio".equals(type) || "checkbox".equals(type)) {
            boolean group = !name.endsWith("_input"); // a check box group posts its id, a single box id_input
            kind = "radio".equals(type) ? Kind.SELECT : group ? Kind.MULTI : Kind.CHECKBOX;
            if (kind != Kind.CHECKBOX) {
                options.add(input.attr("value"));
            }
            if (input.hasAttr("checked")) {
                value.add(input.hasAttr("value") ? input.attr("value") : "on");
            }
        } else {
            kind = kindOf(name, type, widgets);
            value.add("textarea".equals(type) ? input.text() : input.attr("value"));
        }
        return new Field(name, kind, List.copyOf(value), List.copyOf(options), maxLength);
    }

    private static Kind kindOf(String name, String type, Map<String, String> widgets) {
        String widget = widgets.getOrDefault(name.replaceAll("_(h?input)$", ""), "");
        if (name.endsWith("_hinput")) {
            return "InputNumber".equals(widget) ? Kind.NUMBER : Kind.ID; // an autocomplete's chosen item
        }
        if ("AutoComplete".equals(widget)) {
            return Kind.QUERY;
        }
        if ("InputNumber".equals(widget) || "Spinner".equals(widget)) {
            return Kind.INTERNAL; // the number's display; its value is the _hinput
        }
        if ("DatePicker".equals(widget) || "Calendar".equals(widget)) {
            return Kind.DATE;
        }
        if ("hidden".equals(type)) {
            return "TextEditor".equals(widget) ? Kind.TEXT : Kind.ID; // a rich text's HTML, or an id
        }
        return Kind.TEXT;
    }

    private static int parseMax(String attribute) {
        try {
            int max = Integer.parseInt(attribute);
            return max > 0 && max < 1_000_000 ? max : 0;
        } catch (NumberFormatException none) {
            return 0;
        }
    }
}
