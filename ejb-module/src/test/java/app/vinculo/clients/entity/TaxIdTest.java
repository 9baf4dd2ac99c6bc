package app.vinculo.clients.entity;

import app.vinculo.platform.error.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaxIdTest {

    private static String refusal(TaxId.Kind kind, String raw) {
        return assertThrows(InvalidInputException.class, () -> TaxId.normalize(kind, raw)).messageKey();
    }

    @Test
    @DisplayName("a CUIT with the right check digit is accepted with or without dashes and stored as NN-NNNNNNNN-N")
    void validCuit() {
        assertEquals("20-12345678-6", TaxId.normalize(TaxId.Kind.CUIT, "20123456786"));
        assertEquals("30-71234567-1", TaxId.normalize(TaxId.Kind.CUIT, " 30-71234567-1 "));
        assertTrue(TaxId.isValidCuit("20123456786"));
    }

    @Test
    @DisplayName("a CUIT with a wrong check digit, or not 11 digits, is refused with its reason")
    void invalidCuit() {
        assertEquals("client.taxId.cuitCheckDigit", refusal(TaxId.Kind.CUIT, "20-12345678-5"));
        assertEquals("client.taxId.cuitFormat", refusal(TaxId.Kind.CUIT, "20-1234567-6"));
        assertEquals("client.taxId.cuitFormat", refusal(TaxId.Kind.CUIT, "20-12345678-X"));
        assertEquals("client.taxId.required", refusal(TaxId.Kind.CUIT, "  "));
        assertFalse(TaxId.isValidCuit("'; DROP TABLE"));
    }

    @Test
    @DisplayName("CUITs made for demo data and tests carry a valid check digit, skipping numbers that have none")
    void cuitFor() {
        for (int n = 0; n < 2000; n += 7) {
            String cuit = TaxId.cuitFor("30", 71_000_000 + n);
            assertTrue(TaxId.isValidCuit(cuit.replace("-", "")), cuit);
        }
        assertEquals("20-12345678-6", TaxId.cuitFor("20", 12_345_678));
    }

    @Test
    @DisplayName("a foreign id is free text within limits, upper-cased; markup and huge values are refused")
    void foreignIds() {
        assertEquals("RUT 76.123.456-7", TaxId.normalize(TaxId.Kind.FOREIGN, "rut 76.123.456-7"));
        assertEquals("client.taxId.foreignFormat", refusal(TaxId.Kind.FOREIGN, "<script>alert(1)</script>"));
        assertEquals("client.taxId.foreignFormat", refusal(TaxId.Kind.FOREIGN, "x".repeat(31)));
    }
}
