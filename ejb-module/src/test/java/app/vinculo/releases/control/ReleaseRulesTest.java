package app.vinculo.releases.control;

import app.vinculo.releases.entity.ChangeKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Case generation, the pasted change list and the impacted-client computation. */
class ReleaseRulesTest {

    @Test
    @DisplayName("one case per change, in the changes' order, titled by kind, in the change's module")
    void caseGeneration() {
        List<CaseGenerator.Case> cases = CaseGenerator.casesFor(List.of(
                new CaseGenerator.Change(10L, ChangeKind.NEW_DEVELOPMENT, "VENTAS", "Ventas", "Factura de crédito"),
                new CaseGenerator.Change(11L, ChangeKind.MODIFICATION, "STOCK", "Stock", "Valorización"),
                new CaseGenerator.Change(12L, ChangeKind.FIX, "CONTAB", "Contabilidad", "Asientos duplicados")));
        assertEquals(3, cases.size());
        assertEquals(List.of(10L, 11L, 12L), cases.stream().map(CaseGenerator.Case::changeId).toList());
        assertEquals(List.of(1, 2, 3), cases.stream().map(CaseGenerator.Case::sortOrder).toList());
        assertEquals("Probar nuevo desarrollo: Factura de crédito", cases.get(0).title());
        assertEquals("Probar modificación: Valorización", cases.get(1).title());
        assertEquals("Verificar corrección: Asientos duplicados", cases.get(2).title());
        assertEquals("CONTAB", cases.get(2).moduleCode());
        assertTrue(cases.get(2).steps().contains("Reproducir el error original en Contabilidad"), cases.get(2).steps());
        assertTrue(CaseGenerator.casesFor(List.of()).isEmpty());
    }

    @Test
    @DisplayName("a pasted list: one change per line, pipes, tabs or semicolons, kinds in Spanish or English, optional requirement")
    void pastedList() {
        ChangeListParser.Result r = ChangeListParser.parse("""
                # versión 2026.12
                Nuevo | ventas | Factura de crédito MiPyME | #42
                Modificación\tSTOCK\tValorización por promedio

                fix; contab; Asientos duplicados en el cierre
                NEW_DEVELOPMENT | CRM | Embudo
                """);
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(4, r.lines().size());
        assertEquals(ChangeKind.NEW_DEVELOPMENT, r.lines().get(0).kind());
        assertEquals("VENTAS", r.lines().get(0).moduleCode());
        assertEquals(42L, r.lines().get(0).requirementId());
        assertEquals(ChangeKind.MODIFICATION, r.lines().get(1).kind());
        assertEquals(ChangeKind.FIX, r.lines().get(2).kind());
        assertNull(r.lines().get(2).requirementId());
        assertEquals(5, r.lines().get(2).number(), "line numbers count blank and comment lines");
    }

    @Test
    @DisplayName("every faulty line is reported by number and reason")
    void pastedListProblems() {
        ChangeListParser.Result r = ChangeListParser.parse("""
                Nuevo | VENTAS | Bien
                Mejora | VENTAS | Tipo desconocido
                Fix | VEN TAS | Módulo con espacio
                Fix | VENTAS |
                Fix | VENTAS | Con requerimiento malo | abc
                solo una columna
                """);
        assertFalse(r.ok());
        assertEquals(Map.of(2, "change.paste.kind", 3, "change.paste.module", 4, "change.paste.description",
                5, "change.paste.requirement", 6, "change.paste.columns"),
                r.problems().stream().collect(java.util.stream.Collectors.toMap(ChangeListParser.Problem::number,
                        ChangeListParser.Problem::reason)));
        assertEquals(1, r.lines().size());
        assertFalse(ChangeListParser.parse("Fix | VENTAS | x\n".repeat(501)).ok(), "at most 500 lines");
    }

    @Test
    @DisplayName("impacted clients: those with an installed module the release touches, with the modules touched")
    void impact() {
        Map<Long, Set<String>> impacted = Impact.of(Set.of("VENTAS", "STOCK"), List.of(
                new Impact.Installed(1, "VENTAS"), new Impact.Installed(1, "STOCK"), new Impact.Installed(1, "SUELDOS"),
                new Impact.Installed(2, "SUELDOS"), new Impact.Installed(3, "STOCK")));
        assertEquals(Map.of(1L, Set.of("VENTAS", "STOCK"), 3L, Set.of("STOCK")), impacted);
        assertTrue(Impact.of(Set.of(), List.of(new Impact.Installed(1, "VENTAS"))).isEmpty());
    }
}
