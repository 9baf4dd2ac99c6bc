package app.vinculo.system;

import app.vinculo.system.HtmlForms.Field;
import app.vinculo.system.HtmlForms.Form;
import app.vinculo.system.HtmlForms.Kind;

import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the form fuzzer posts. Pass A ("must be refused"): values no form may accept — every variant has at least one
 * in a field of the form, so the action must stop at validation. Pass B ("hostile but within limits"): script,
 * SQL and EL text, control characters, right-to-left text and emoji in every text field, the other fields left
 * as the page offered them, so the action may well run and store the text.
 */
enum FuzzValues {

    /** 20 000 characters in every text field, everything else as the page offered it. */
    A_LONG("x".repeat(20_000), null, null, null, null),
    /** NaN in numbers, 30 February in dates, a real record's id of another kind in selects, a made-up picked id. */
    A_NAN(null, "NaN", "30/02/2026", "another", "999999999"),
    /** 1e99 in numbers, a day 99 in dates, a negative id in selects, a picked id that is not a number. */
    A_HUGE(null, "1e99", "99/99/9999", "-1", "abc"),
    B_SCRIPT("<script>alert(1)</script>\"><img src=x onerror=alert(1)>"),
    B_SQL_EL("' OR '1'='1' -- ; DROP TABLE CLIENT; fz#{7*7}zf fz${7*7}zf"),
    B_CONTROL("fz\u0000\u0001\u0008\u001b\u007f \u202Eעברית\u202C 😀👍🏽 ñandú");

    /** What pass B's payloads would become if the server evaluated them as EL. */
    static final Set<String> EVALUATED = Set.of("fz49zf");

    static final List<FuzzValues> PASS_A = List.of(A_LONG, A_NAN, A_HUGE);
    static final List<FuzzValues> PASS_B = List.of(B_SCRIPT, B_SQL_EL, B_CONTROL);

    private final String text;
    private final String number;
    private final String date;
    private final String select;
    private final String picked;

    FuzzValues(String text, String number, String date, String select, String picked) {
        this.text = text;
        this.number = number;
        this.date = date;
        this.select = select;
        this.picked = picked;
    }

    FuzzValues(String payload) {
        this(payload, null, null, null, null);
    }

    boolean passA() {
        return name().startsWith("A_");
    }

    /**
     * A variant applies when the form has a field it makes hostile: text for A_LONG and pass B; a number, date or
     * select for A_NAN and A_HUGE (a form without one would pass them, and its action run).
     */
    boolean appliesTo(Form form) {
        if (text != null) { // A_LONG needs a text the form keeps; pass B also types in searches
            Set<Kind> kinds = passA() ? Set.of(Kind.TEXT) : Set.of(Kind.TEXT, Kind.QUERY);
            return form.fields().stream().anyMatch(f -> kinds.contains(f.kind()));
        }
        return form.fields().stream().anyMatch(f -> Set.of(Kind.NUMBER, Kind.DATE, Kind.SELECT, Kind.MULTI)
                .contains(f.kind()) || f.kind() == Kind.ID && f.name().endsWith("_hinput"));
    }

    /** The text of one hostile payload (pass B), or the 20 000 characters (A_LONG). */
    String text() {
        return text;
    }

    /**
     * The body of one post: every field filled for this variant, then the submitter (its name is its client id).
     * {@code otherId} is a real record's id of some other kind (ids come from one generator): a client's id offered
     * where a contact, a module or a user is expected.
     */
    List<Map.Entry<String, String>> fill(Form form, String submitter, String otherId) {
        List<Map.Entry<String, String>> body = new ArrayList<>();
        for (Field f : form.fields()) {
            for (String value : values(f)) {
                if ("another".equals(value)) { // a real id, but not one the field offers
                    value = f.options().contains(otherId) ? "999999999" : otherId;
                }
                body.add(new SimpleEntry<>(f.name(), value));
            }
        }
        if (submitter != null) {
            body.add(new SimpleEntry<>(submitter, submitter));
        }
        return body;
    }

    private List<String> values(Field f) {
        return switch (f.kind()) {
            case INTERNAL, CHECKBOX -> f.values();
            case TEXT, QUERY -> List.of(text != null ? fit(text, f.maxLength()) : plausibleText(f));
            case NUMBER -> List.of(number != null ? number : current(f, "1"));
            case DATE -> List.of(date != null ? date : current(f, "15/12/2026"));
            case SELECT -> List.of(select != null ? select : current(f, f.options().stream().filter(o -> !o.isBlank())
                    .findFirst().orElse("")));
            case MULTI -> select != null ? List.of(select) : f.values();
            case ID -> picked != null ? List.of(picked) : f.values().isEmpty() ? List.of("") : f.values();
        };
    }

    /** Pass A's plausible text: what was there, or a short word (text the form may accept). */
    private static String plausibleText(Field f) {
        return current(f, "Fuzz");
    }

    private static String current(Field f, String otherwise) {
        return f.values().isEmpty() || f.values().get(0).isBlank() ? otherwise : f.values().get(0);
    }

    /** Pass B stays within the field's length (the attribute the page gives); A_ALL never does. */
    private String fit(String value, int maxLength) {
        return this == A_LONG || maxLength == 0 || value.length() <= maxLength ? value : value.substring(0, maxLength);
    }
}
