package app.vinculo.platform.settings;

import app.vinculo.platform.error.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SettingTest {

    @Test
    @DisplayName("every default value parses as its own type")
    void defaultsAreValid() {
        for (Setting s : Setting.values()) {
            s.parse(s.defaultValue());
        }
    }

    @Test
    @DisplayName("integer settings parse trimmed numbers and refuse words and out-of-range values")
    void integers() {
        assertEquals(45, Setting.AT_RISK_DAYS.intValue(" 45 "));
        InvalidInputException word = assertThrows(InvalidInputException.class, () -> Setting.AT_RISK_DAYS.parse("sesenta"));
        assertEquals("setting.invalid", word.messageKey());
        InvalidInputException range = assertThrows(InvalidInputException.class, () -> Setting.AT_RISK_DAYS.parse("0"));
        assertEquals("setting.outOfRange", range.messageKey());
        assertThrows(InvalidInputException.class, () -> Setting.VISIT_MIN_TOPICS.parse("99999999999"));
        assertThrows(InvalidInputException.class, () -> Setting.VISIT_MIN_TOPICS.parse(""));
        assertThrows(InvalidInputException.class, () -> Setting.VISIT_MIN_TOPICS.parse(null));
    }

    @Test
    @DisplayName("the time zone must be a real zone id; the default is Buenos Aires")
    void zones() {
        assertEquals(ZoneId.of("America/Argentina/Buenos_Aires"), Setting.TIME_ZONE.zoneValue(Setting.TIME_ZONE.defaultValue()));
        assertEquals(ZoneId.of("Europe/Madrid"), Setting.TIME_ZONE.zoneValue("Europe/Madrid"));
        assertThrows(InvalidInputException.class, () -> Setting.TIME_ZONE.parse("Marte/Olympus"));
        assertThrows(InvalidInputException.class, () -> Setting.TIME_ZONE.parse("'; DROP TABLE SETTING; --"));
    }

    @Test
    @DisplayName("decimal settings such as VAT accept decimals within range")
    void decimals() {
        assertEquals(new BigDecimal("10.5"), Setting.VAT_PERCENT.parse("10.5"));
        assertThrows(InvalidInputException.class, () -> Setting.VAT_PERCENT.parse("101"));
        assertThrows(InvalidInputException.class, () -> Setting.VAT_PERCENT.parse("21%"));
    }
}
