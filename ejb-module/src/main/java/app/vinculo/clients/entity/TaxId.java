package app.vinculo.clients.entity;

import app.vinculo.platform.error.InvalidInputException;

import java.util.Locale;

/**
 * A client's tax id: an Argentine CUIT ({@code NN-NNNNNNNN-N} with its check digit, stored with dashes) or a free
 * foreign id (letters, digits, dashes, dots, spaces; 3–30 characters).
 */
public final class TaxId {

    private static final int[] WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private TaxId() {
    }

    public enum Kind { CUIT, FOREIGN }

    /** The normalized id, or an {@link InvalidInputException} with the reason. */
    public static String normalize(Kind kind, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("client.taxId.required");
        }
        String value = raw.trim();
        if (kind == Kind.CUIT) {
            String digits = value.replaceAll("[\\s.-]", "");
            if (!digits.matches("\\d{11}")) {
                throw new InvalidInputException("client.taxId.cuitFormat");
            }
            if (!isValidCuit(digits)) {
                throw new InvalidInputException("client.taxId.cuitCheckDigit");
            }
            return digits.substring(0, 2) + "-" + digits.substring(2, 10) + "-" + digits.substring(10);
        }
        if (!value.matches("[\\p{L}\\p{N} .\\-/]{3,30}")) {
            throw new InvalidInputException("client.taxId.foreignFormat");
        }
        return value.toUpperCase(Locale.ROOT);
    }

    /**
     * The CUIT ({@code NN-NNNNNNNN-N}) for a type and a number, with its check digit; the next numbers are tried
     * when a number has no valid check digit (for demo data and tests).
     */
    public static String cuitFor(String type, int number) {
        for (int n = number; ; n++) {
            String base = type + String.format("%08d", Math.floorMod(n, 100_000_000));
            int check = checkDigit(base);
            if (check >= 0) {
                return base.substring(0, 2) + "-" + base.substring(2) + "-" + check;
            }
        }
    }

    /** The check digit of the first ten digits, or -1 when there is none (the type code must change). */
    static int checkDigit(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (tenDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 11 - (sum % 11);
        return check == 11 ? 0 : check == 10 ? -1 : check;
    }

    /** The CUIT check digit rule (módulo 11): 11 digits, the last one verifies the first ten. */
    public static boolean isValidCuit(String digits) {
        if (digits == null || !digits.matches("\\d{11}")) {
            return false;
        }
        int check = checkDigit(digits.substring(0, 10));
        return check >= 0 && check == digits.charAt(10) - '0';
    }
}
