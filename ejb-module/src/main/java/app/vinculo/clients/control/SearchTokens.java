package app.vinculo.clients.control;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Splits text into normalized search words: lower case, accents removed, letters and digits only. */
public final class SearchTokens {

    public static final int MAX_TOKEN = 60;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchTokens() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The distinct words of all the texts; a tax id also gives its digits joined ("30-71234567-8" → "30712345678"). */
    public static Set<String> of(List<String> texts) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (String word : SEPARATORS.split(normalize(text))) {
                if (!word.isEmpty()) {
                    tokens.add(cut(word));
                }
            }
            String digits = text.replaceAll("\\D", "");
            if (digits.length() >= 6 && text.matches("[\\d\\s.-]+")) {
                tokens.add(cut(digits));
            }
        }
        return tokens;
    }

    /** The words of a query, at most {@code max} (longest first, as they narrow the most). */
    public static List<String> query(String text, int max) {
        return of(List.of(text == null ? "" : text)).stream()
                .sorted((a, b) -> Integer.compare(b.length(), a.length()))
                .limit(max)
                .toList();
    }

    private static String cut(String word) {
        return word.length() <= MAX_TOKEN ? word : word.substring(0, MAX_TOKEN);
    }
}
