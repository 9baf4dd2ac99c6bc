package app.vinculo.platform.i18n;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key names sort by, the same on Derby and PostgreSQL whatever their collation: lower case, accents removed,
 * Spanish alphabetical order ("Fábrica Sur" between "Energía" and "Farmacias"; ñ after n). Stored beside the name
 * in a column of its own and indexed, so a sorted list still pages in the database.
 */
public final class SortKey {

    public static final int MAX = 200;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SortKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return null;
        }
        // ñ is a letter of its own after n: keep it apart from the accents that are removed
        String protectedEnye = name.strip().replace('ñ', '\u0001').replace('Ñ', '\u0001');
        String plain = MARKS.matcher(Normalizer.normalize(protectedEnye, Normalizer.Form.NFD)).replaceAll("");
        String key = plain.toLowerCase(Locale.ROOT).replace("\u0001", "n~").replaceAll("\\s+", " ");
        return key.length() > MAX ? key.substring(0, MAX) : key;
    }
}
