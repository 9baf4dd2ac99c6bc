package app.vinculo.platform.hardening;

/**
 * Neutralises spreadsheet formulas in exported cells (OWASP "CSV Injection"): a text starting with {@code = + - @},
 * a tab or a carriage return gets a leading apostrophe, so that Excel and LibreOffice show it as text instead of
 * evaluating {@code =HYPERLINK(...)} (issue #16, finding 9). Numbers stay numbers: only text cells are changed.
 */
public final class SafeExports {

    private SafeExports() {
    }

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            if (first == '-' && isNumber(value)) {
                return value;
            }
            return "'" + value;
        }
        return value;
    }

    /** A negative number written as text ("-12,5", "-3") is a value, not a formula. */
    private static boolean isNumber(String value) {
        return value.matches("-[0-9]+([.,][0-9]+)*");
    }
}
