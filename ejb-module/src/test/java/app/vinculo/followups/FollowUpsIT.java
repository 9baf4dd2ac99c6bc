package app.vinculo.followups;

import app.vinculo.agreements.boundary.AssistanceRefusedException;
import app.vinculo.agreements.boundary.RegularizationService;
import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.followups.boundary.FollowUpForm;
import app.vinculo.followups.boundary.FollowUpRow;
import app.vinculo.followups.boundary.FollowUpService;
import app.vinculo.followups.entity.Channel;
import app.vinculo.followups.entity.Nature;
import app.vinculo.platform.security.Role;
import app.vinculo.reminders.control.ReminderEngine;
import app.vinculo.testing.Callers;
import app.vinculo.testing.Deployments;
import app.vinculo.testing.Smtp;
import app.vinculo.testing.TestRecords;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static app.vinculo.testing.TestRecords.uid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRODUCT.md §3 on a real Payara + Derby + GreenMail: the gate for technical follow-ups (R1.3), RM1, RM7 (R3.1). */
@ExtendWith(ArquillianExtension.class)
class FollowUpsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withSmtpServer(Deployments.businessTier("followups-it", FollowUpsIT.class));
    }

    @Inject
    Callers.AsConsultant consultant;

    @Inject
    Callers.AsProjectManager pm;

    @Inject
    ClientService clients;

    @Inject
    RegularizationService regularizations;

    @Inject
    FollowUpService followUps;

    @Inject
    ReminderEngine engine;

    @Inject
    TestRecords records;

    @Inject
    Clock clock;

    @Test
    @DisplayName("R1.3 a TECHNICAL follow-up for a client without A&M is refused and referred; a COMMERCIAL one passes and counts as a contact")
    void gateForFollowUps() throws Exception {
        ClientDetail c = records.client("Sin AyM " + uid());
        FollowUpForm technical = new FollowUpForm();
        technical.setClientId(c.id());
        technical.setOccurredAt(clock.instant());
        technical.setChannel(Channel.CALL);
        technical.setNature(Nature.TECHNICAL);
        technical.setSummary("Consulta por el cierre de IVA");
        AssistanceRefusedException refused = assertThrows(AssistanceRefusedException.class,
                () -> consultant.call(() -> followUps.record(technical)));
        assertEquals("gate.refused.NO_AGREEMENT_EVER", refused.messageKey());
        assertTrue(consultant.call(() -> followUps.forClient(c.id(), 0, 20)).isEmpty(), "the refused follow-up left nothing");

        technical.setNature(Nature.COMMERCIAL);
        FollowUpRow commercial = consultant.call(() -> followUps.record(technical));
        assertEquals(Nature.COMMERCIAL, commercial.nature());
        assertEquals(1, pm.call(() -> regularizations.page(null, true, 0, 500)).stream()
                .filter(r -> r.clientId().equals(c.id())).count(), "the refusal was referred to the PMs");
        assertNotNull(consultant.call(() -> clients.find(c.id())).lastContactAt(), "the follow-up counts as a contact");
    }

    @Test
    @DisplayName("RM1 a due next action and RM7 a client at risk (R3.1) each e-mail their person once")
    void remindersOnce() throws Exception {
        String me = records.staff("cons", Role.CONSULTANT);
        ClientDetail withAction = records.client("RM1 " + uid());
        FollowUpForm f = new FollowUpForm();
        f.setClientId(withAction.id());
        f.setOccurredAt(clock.instant().minus(Duration.ofDays(2)));
        f.setChannel(Channel.CALL);
        f.setNature(Nature.COMMERCIAL);
        f.setSummary("Llamado");
        f.setNextAction("Llamar de nuevo " + me);
        f.setNextActionOwner(me);
        f.setNextActionDue(records.today());
        consultant.call(() -> followUps.record(f));

        ClientDetail forgotten = records.client("RM7 " + uid(), me);
        consultant.run(() -> clients.contacted(forgotten.id(), clock.instant().minus(Duration.ofDays(90))));

        try (Smtp smtp = Smtp.start()) {
            engine.run("test");
            engine.run("again");
            List<String> subjects = smtp.subjects(me + "@example.com");
            assertEquals(1, subjects.stream().filter(s -> s.contains("Próxima acción vence") && s.contains(withAction.legalName())).count(), subjects.toString());
            assertEquals(1, subjects.stream().filter(s -> s.contains("Cliente en riesgo") && s.contains(forgotten.legalName())).count(), subjects.toString());
        }
    }
}
