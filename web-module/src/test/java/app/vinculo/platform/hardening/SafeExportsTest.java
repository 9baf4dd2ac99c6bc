package app.vinculo.platform.hardening;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SafeExportsTest {

    @Test
    @DisplayName("#16.9 cells starting with = + - @ tab or CR are exported as text (OWASP CSV injection)")
    void neutralisesFormulas() {
        assertEquals("'=HYPERLINK(\"http://x\",\"y\")", SafeExports.text("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("'+1+cmd|' /C calc'!A0", SafeExports.text("+1+cmd|' /C calc'!A0"));
        assertEquals("'-2+3", SafeExports.text("-2+3"));
        assertEquals("'@SUM(A1:A2)", SafeExports.text("@SUM(A1:A2)"));
        assertEquals("'\t=1", SafeExports.text("\t=1"));
        assertEquals("'\r=1", SafeExports.text("\r=1"));
    }

    @Test
    @DisplayName("#16.9 ordinary text and negative numbers are exported unchanged")
    void keepsOrdinaryValues() {
        assertEquals("Cooperativa Agrícola del Sur", SafeExports.text("Cooperativa Agrícola del Sur"));
        assertEquals("-12,5", SafeExports.text("-12,5"));
        assertEquals("-3", SafeExports.text("-3"));
        assertEquals("", SafeExports.text(""));
        assertEquals(null, SafeExports.text(null));
    }

    @Test
    @DisplayName("#16.9 the data-table exporters hand neutralised values to PrimeFaces")
    void exportersWrapValues() {
        assertEquals("'=1+1", SafeXlsxExporter.safe(org.primefaces.component.export.ColumnValue.of("=1+1")).getValue());
        assertEquals(42, SafeXlsxExporter.safe(org.primefaces.component.export.ColumnValue.of(42)).getValue());
    }
}
