package app.vinculo.platform.hardening;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Dates that do not exist")
class SafeDatePickerRendererTest {

    @Test
    @DisplayName("31 February and 29 February of a common year are no days; real days, leap days and text that is "
            + "not a date of the pattern are left to PrimeFaces")
    void noSuchDay() {
        assertTrue(SafeDatePickerRenderer.notADay("31/02/2026", "dd/MM/yyyy"));
        assertTrue(SafeDatePickerRenderer.notADay("30/02/2026", "dd/MM/yyyy"));
        assertTrue(SafeDatePickerRenderer.notADay("29/02/2027", "dd/MM/yyyy"));
        assertTrue(SafeDatePickerRenderer.notADay("31/04/2026 10:00", "dd/MM/yyyy HH:mm"));
        assertFalse(SafeDatePickerRenderer.notADay("28/02/2026", "dd/MM/yyyy"));
        assertFalse(SafeDatePickerRenderer.notADay("29/02/2028", "dd/MM/yyyy"));
        assertFalse(SafeDatePickerRenderer.notADay("15/12/2026 09:30", "dd/MM/yyyy HH:mm"));
        assertFalse(SafeDatePickerRenderer.notADay("99/99/9999", "dd/MM/yyyy"), "PrimeFaces' own message");
        assertFalse(SafeDatePickerRenderer.notADay("abc", "dd/MM/yyyy"), "PrimeFaces' own message");
        assertFalse(SafeDatePickerRenderer.notADay("31/02/2026", null));
    }
}
