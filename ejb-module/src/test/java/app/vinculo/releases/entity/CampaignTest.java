package app.vinculo.releases.entity;

import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R6.1 publication and R6.2 sign-off on the entities. */
class CampaignTest {

    static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    static Release published() {
        Release r = new Release("2026.12");
        r.describe(LocalDate.of(2026, 12, 1), "Notas");
        r.publish(3, "rd", NOW);
        return r;
    }

    static TestCase testCase(TestCampaign c, int n) {
        return new TestCase(c, null, n, "VENTAS", "Caso " + n, null);
    }

    @Test
    @DisplayName("R6.1 a release is published once, only with changes, and is not edited afterwards")
    void publication() {
        Release r = new Release("2026.12");
        r.describe(LocalDate.of(2026, 12, 1), null);
        assertThrows(BusinessException.class, () -> new TestCampaign(r, "jefe", NOW), "no campaign before publication");
        BusinessException empty = assertThrows(BusinessException.class, () -> r.publish(0, "rd", NOW));
        assertEquals("release.noChanges", empty.messageKey());
        r.publish(2, "rd", NOW);
        assertEquals(ReleaseStatus.PUBLISHED, r.getStatus());
        assertThrows(BusinessException.class, () -> r.publish(2, "rd", NOW));
        assertThrows(BusinessException.class, () -> r.describe(LocalDate.now(), "x"));
        assertThrows(BusinessException.class, () -> new ReleaseChange(r, 9));
        assertThrows(InvalidInputException.class, () -> new Release("con espacio"));
        assertThrows(InvalidInputException.class, () -> new Release("<script>"));
    }

    @Test
    @DisplayName("R6.2 sign-off needs every case run and no failed or blocked case unless waived with a reason")
    void signOffRule() {
        TestCampaign c = new TestCampaign(published(), "jefe", NOW);
        TestCase a = testCase(c, 1);
        TestCase b = testCase(c, 2);
        TestCase d = testCase(c, 3);
        List<TestCase> cases = List.of(a, b, d);
        assertThrows(BusinessException.class, () -> c.signOff(List.of(), "jefe", NOW), "a campaign without cases");
        BusinessException notRun = assertThrows(BusinessException.class, () -> c.signOff(cases, "jefe", NOW));
        assertEquals("campaign.signOffRefused", notRun.messageKey());
        assertEquals(List.of(3, 0, 0), List.of(notRun.arguments()));

        a.record(TestResult.PASSED, null, "consultor", NOW);
        assertThrows(InvalidInputException.class, () -> b.record(TestResult.FAILED, " ", "consultor", NOW), "failures need notes");
        b.record(TestResult.FAILED, "El total no coincide", "consultor", NOW);
        d.record(TestResult.BLOCKED, "Falta el archivo del banco", "consultor", NOW);
        SignOffRule.Verdict v = SignOffRule.check(cases);
        assertEquals(new SignOffRule.Verdict(3, 0, 1, 1), v);
        assertFalse(v.allowed());

        assertThrows(InvalidInputException.class, () -> b.waive("", "jefe"), "a waiver needs a reason");
        assertThrows(BusinessException.class, () -> a.waive("x", "jefe"), "only failed or blocked cases are waived");
        b.waive("Diferencia de redondeo aceptada por Producto", "jefe");
        assertThrows(BusinessException.class, () -> c.signOff(cases, "jefe", NOW), "still one blocked case");
        d.record(TestResult.PASSED, null, "consultor", NOW);
        c.signOff(cases, "jefe", NOW);
        assertEquals(CampaignStatus.SIGNED_OFF, c.getStatus());
        assertThrows(BusinessException.class, () -> a.record(TestResult.FAILED, "tarde", "consultor", NOW),
                "a signed-off campaign takes no more results");
        assertThrows(BusinessException.class, () -> a.assign("otro"));
    }

    @Test
    @DisplayName("recording a new result clears an earlier waiver")
    void newResultClearsWaiver() {
        TestCampaign c = new TestCampaign(published(), "jefe", NOW);
        TestCase a = testCase(c, 1);
        a.record(TestResult.FAILED, "falla", "consultor", NOW);
        a.waive("aceptado", "jefe");
        assertTrue(a.isWaived());
        a.record(TestResult.FAILED, "vuelve a fallar distinto", "consultor", NOW);
        assertFalse(a.isWaived());
        assertFalse(SignOffRule.check(List.of(a)).allowed());
    }
}
