package app.vinculo.releases;

import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.security.Role;
import app.vinculo.releases.boundary.CampaignDetail;
import app.vinculo.releases.boundary.CampaignService;
import app.vinculo.releases.boundary.CaseForm;
import app.vinculo.releases.boundary.CaseRow;
import app.vinculo.releases.boundary.ChangeForm;
import app.vinculo.releases.boundary.ReleaseRow;
import app.vinculo.releases.boundary.ReleaseService;
import app.vinculo.releases.entity.CampaignStatus;
import app.vinculo.releases.entity.ChangeKind;
import app.vinculo.releases.entity.TestResult;
import app.vinculo.reminders.control.ReminderEngine;
import app.vinculo.testing.Callers;
import app.vinculo.testing.Deployments;
import app.vinculo.testing.GateProbe;
import app.vinculo.testing.Smtp;
import app.vinculo.testing.TrainingProbe;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;

import static app.vinculo.testing.TestRecords.uid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRODUCT.md §6 on a real Payara + Derby + GreenMail: the test campaign and its sign-off (R6.2), RM8. */
@ExtendWith(ArquillianExtension.class)
class CampaignsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withSmtpServer(Deployments.businessTier("campaigns-it", CampaignsIT.class, ReleaseRecords.class, TrainingProbe.class));
    }

    @Inject
    Callers.AsRdManager rd;

    @Inject
    Callers.AsImplementationHead head;

    @Inject
    Callers.AsConsultant consultant;

    @Inject
    ReleaseService releases;

    @Inject
    CampaignService campaigns;

    @Inject
    ReminderEngine engine;

    @Inject
    GateProbe probe;

    @Inject
    TrainingProbe modules;

    @Inject
    ReleaseRecords releaseRecords;

    @BeforeEach
    void prepare() throws Exception {
        releaseRecords.prepare();
    }

    @Test
    @DisplayName("R6.2 the campaign: one case per change plus manual ones, bulk assignment, a consultant records only their cases, sign-off refused with cases not run or failed, allowed once the failure is waived")
    void signOff() throws Exception {
        String t = uid();
        String other = "otro" + t;
        probe.createStaff(other, other + "@example.com", Role.CONSULTANT);
        ReleaseRow r = releaseRecords.release("C" + t,
                new ChangeForm(ChangeKind.NEW_DEVELOPMENT, "VENTAS", "Uno", null),
                new ChangeForm(ChangeKind.MODIFICATION, "STOCK", "Dos", null),
                new ChangeForm(ChangeKind.FIX, "CONTAB", "Tres", null));
        ReleaseRow published = rd.call(() -> releases.publish(r.id(), r.version()));
        CampaignDetail c = head.call(() -> campaigns.open(published.id()));
        assertEquals(3, c.total());
        CaseRow manual = head.call(() -> campaigns.addCase(c.id(), new CaseForm("VENTAS", "Circuito completo de facturación", "Pedido → factura")));
        List<CaseRow> cases = head.call(() -> campaigns.cases(c.id(), null, null, null, 0, 100));
        assertEquals(4, cases.size());
        assertEquals(List.of("Probar nuevo desarrollo: Uno", "Probar modificación: Dos", "Verificar corrección: Tres",
                "Circuito completo de facturación"), cases.stream().map(CaseRow::title).toList());
        assertEquals(3, head.call(() -> campaigns.assign(c.id(), cases.subList(0, 3).stream().map(CaseRow::id).toList(), "consultant")));
        head.call(() -> campaigns.assign(c.id(), List.of(manual.id()), other));
        assertThrows(InvalidInputException.class, () -> head.call(() -> campaigns.assign(c.id(), List.of(manual.id()), "nadie-" + t)));

        CaseRow othersCase = head.call(() -> campaigns.cases(c.id(), null, null, other, 0, 10)).get(0);
        BusinessException notYours = assertThrows(BusinessException.class,
                () -> consultant.call(() -> campaigns.record(othersCase.id(), othersCase.version(), TestResult.PASSED, null)));
        assertEquals("testcase.notYours", notYours.messageKey());

        List<CaseRow> mine = head.call(() -> campaigns.cases(c.id(), null, null, "consultant", 0, 10));
        consultant.call(() -> campaigns.record(mine.get(0).id(), mine.get(0).version(), TestResult.PASSED, "ok"));
        CaseRow failed = consultant.call(() -> campaigns.record(mine.get(1).id(), mine.get(1).version(), TestResult.FAILED,
                "El costo no se recalcula"));
        CampaignDetail now = head.call(() -> campaigns.find(c.id()));
        assertEquals(2, now.notRun());
        assertEquals(50, now.progress());
        assertFalse(now.signOffAllowed());
        BusinessException refused = assertThrows(BusinessException.class, () -> head.call(() -> campaigns.signOff(c.id(), now.version())));
        assertEquals("campaign.signOffRefused", refused.messageKey());

        consultant.call(() -> campaigns.record(mine.get(2).id(), mine.get(2).version(), TestResult.PASSED, null));
        head.call(() -> campaigns.record(othersCase.id(), othersCase.version(), TestResult.PASSED, "por el jefe"));
        CampaignDetail onlyFailed = head.call(() -> campaigns.find(c.id()));
        assertEquals(0, onlyFailed.notRun());
        assertEquals(1, onlyFailed.blockingFailed());
        assertThrows(BusinessException.class, () -> head.call(() -> campaigns.signOff(c.id(), onlyFailed.version())),
                "a failed case without a waiver");
        assertThrows(EJBAccessException.class, () -> consultant.call(() -> campaigns.waive(failed.id(), failed.version(), "no")));
        head.call(() -> campaigns.waive(failed.id(), failed.version(), "Se corrige en la 2026.12; no afecta a clientes"));
        CampaignDetail signed = head.call(() -> campaigns.signOff(c.id(), onlyFailed.version()));
        assertEquals(CampaignStatus.SIGNED_OFF, signed.status());
        assertEquals(1, signed.waived());
        assertEquals(List.of("CONTAB", "STOCK", "VENTAS"), signed.modules().stream().map(CampaignDetail.ModuleSummary::moduleCode).toList());
    }

    @Test
    @DisplayName("RM8 cases still not run 5 days after publication e-mail their assignees once")
    void rm8() throws Exception {
        String t = uid();
        String assignee = "rm8" + t;
        probe.createStaff(assignee, assignee + "@example.com", Role.CONSULTANT);
        ReleaseRow r = releaseRecords.release("RM8" + t, new ChangeForm(ChangeKind.FIX, "VENTAS", "Uno", null),
                new ChangeForm(ChangeKind.FIX, "STOCK", "Dos", null));
        ReleaseRow published = rd.call(() -> releases.publish(r.id(), r.version()));
        CampaignDetail c = head.call(() -> campaigns.open(published.id()));
        head.call(() -> campaigns.assign(c.id(), head.call(() -> campaigns.cases(c.id(), null, null, null, 0, 10)).stream()
                .map(CaseRow::id).toList(), assignee));
        try (Smtp smtp = Smtp.start()) {
            engine.run("too early");
            assertTrue(smtp.subjects(assignee + "@example.com").stream().noneMatch(s -> s.contains("Pruebas pendientes")),
                    "not before five days");
            modules.backdateRelease(r.id(), Duration.ofDays(6));
            engine.run("test");
            engine.run("again");
            List<String> got = smtp.subjects(assignee + "@example.com");
            assertEquals(1, got.stream().filter(s -> s.contains("Pruebas pendientes de la versión RM8" + t)).count(), got.toString());
            MimeMessage rm8 = smtp.to(assignee + "@example.com").stream().filter(m -> {
                try {
                    return m.getSubject().contains("Pruebas pendientes");
                } catch (Exception e) {
                    return false;
                }
            }).findFirst().orElseThrow();
            assertTrue(Smtp.body(rm8).contains("2 caso(s)"), Smtp.body(rm8));
        }
    }
}
