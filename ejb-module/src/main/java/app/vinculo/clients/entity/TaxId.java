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

    /** The CUIT check digit rule (módulo 11): 11 digits, the last one verifies the first ten. */
    public static boolean isValidCuit(String digits) {
        if (digits == null || !digits.matches("\\d{11}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        } else if (check == 10) {
            return false; // such a prefix gets another type code; no valid CUIT ends this way
        }
        return check == digits.charAt(10) - '0';
    }
}
