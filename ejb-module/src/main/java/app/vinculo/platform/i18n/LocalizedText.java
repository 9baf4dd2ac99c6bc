package app.vinculo.platform.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A text the business tier cannot write in the reader's language because it does not know the reader: a message
 * key with arguments (and dates), stored as one string and turned into words only when it is read — by the mail
 * renderer in the recipient's language, or by a page in the user's. A value that is not such a token (a client's
 * name, text a user typed) reads as itself.
 *
 * <p>Encoding: {@code U+001F key (U+001E arg)*}; an argument that is a date is {@code U+001D yyyy-MM-dd}. These
 * control characters never occur in text people type, so a token cannot be forged through a form by accident.
 */
public final class LocalizedText {

    private static final char TOKEN = '\u001F';
    private static final char ARG = '\u001E';
    private static final char DATE = '\u001D';
    private static final DateTimeFormatter ES = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private LocalizedText() {
    }

    /** The text of {@code key} with its {@code {0}}, {@code {1}}… filled by the arguments (strings or dates). */
    public static String of(String key, Object... args) {
        StringBuilder b = new StringBuilder().append(TOKEN).append(key);
        for (Object arg : args) {
            b.append(ARG);
            if (arg instanceof LocalDate d) {
                b.append(DATE).append(d);
            } else {
                b.append(arg == null ? "" : clean(arg.toString()));
            }
        }
        return b.toString();
    }

    /** A date alone, written in the reader's format. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE + date.toString();
    }

    public static boolean isToken(String value) {
        return value != null && !value.isEmpty() && (value.charAt(0) == TOKEN || value.charAt(0) == DATE);
    }

    /**
     * Turns a value into words: {@code texts} looks a key up in the reader's bundle (returning null when it is
     * missing, so the key stays visible); dates use the reader's format (es-AR {@code dd/MM/yyyy}, en {@code d MMM yyyy}).
     */
    public static String read(String value, Locale locale, UnaryOperator<String> texts) {
        if (value != null && value.indexOf('\n') >= 0) {
            StringBuilder lines = new StringBuilder();
            for (String line : value.split("\n", -1)) {
                lines.append(read(line, locale, texts)).append('\n');
            }
            return lines.substring(0, lines.length() - 1);
        }
        if (!isToken(value)) {
            return value;
        }
        if (value.charAt(0) == DATE) {
            // a date, possibly followed by plain text ("2026-12-05 09:00–12:00")
            String rest = value.length() > 11 ? value.substring(11) : "";
            return formatDate(value.substring(1, Math.min(value.length(), 11)), locale) + rest;
        }
        List<String> parts = split(value.substring(1));
        String pattern = texts.apply(parts.get(0));
        if (pattern == null) {
            return parts.get(0);
        }
        String out = pattern;
        for (int i = 1; i < parts.size(); i++) {
            String arg = parts.get(i);
            String shown = !arg.isEmpty() && arg.charAt(0) == DATE ? formatDate(arg.substring(1), locale) : arg;
            out = out.replace("{" + (i - 1) + "}", shown);
        }
        return out;
    }

    /** A date in the reader's format. */
    public static String formatDate(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return (isEnglish(locale) ? EN : ES).format(date);
    }

    private static String formatDate(String iso, Locale locale) {
        try {
            return formatDate(LocalDate.parse(iso), locale);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    private static List<String> split(String s) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ARG) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    private static String clean(String arg) {
        return arg.replace(TOKEN, ' ').replace(ARG, ' ').replace(DATE, ' ');
    }
}
