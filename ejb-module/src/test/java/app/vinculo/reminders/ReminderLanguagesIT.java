package app.vinculo.reminders;

import app.vinculo.agreements.boundary.AgreementForm;
import app.vinculo.agreements.boundary.AgreementService;
import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.clients.boundary.ClientForm;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.entity.TaxId;
import app.vinculo.platform.security.Role;
import app.vinculo.reminders.control.ReminderEngine;
import app.vinculo.requirements.boundary.LineForm;
import app.vinculo.requirements.boundary.QuoteDetail;
import app.vinculo.requirements.boundary.QuoteForm;
import app.vinculo.requirements.boundary.QuoteService;
import app.vinculo.requirements.boundary.RequirementRow;
import app.vinculo.requirements.boundary.RequirementService;
import app.vinculo.requirements.entity.RequirementOrigin;
import app.vinculo.testing.Callers;
import app.vinculo.testing.Deployments;
import app.vinculo.testing.GateProbe;
import app.vinculo.testing.Smtp;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reminder e-mails speak their reader's language, values included: the business tier leaves agreement types,
 * "ends in N days", "no answer for N days" and dates to the renderer (platform.i18n.LocalizedText), so an English
 * recipient reads no Spanish and a Spanish one reads the procedure's words.
 */
@ExtendWith(ArquillianExtension.class)
class ReminderLanguagesIT {

    /** Words of the Spanish mail texts that must never reach an English reader. */
    private static final List<String> SPANISH = List.of("vence", "días", "vencido", "acuerdo", "asistencia",
            "desarrollo", "capacitación", "presupuesto", "respuesta", "validez", "hola", "coordiná", "abrir en");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withSmtpServer(Deployments.businessTier("languages-it", ReminderLanguagesIT.class, GateProbe.class));
    }

    @Inject
    Callers.AsConsultant consultant;

    @Inject
    Callers.AsProjectManager pm;

    @Inject
    Callers.AsImplementationHead head;

    @Inject
    ClientService clients;

    @Inject
    AgreementService agreements;

    @Inject
    RequirementService requirements;

    @Inject
    QuoteService quotes;

    @Inject
    ReminderEngine engine;

    @Inject
    GateProbe probe;

    @Inject
    Clock clock;

    @Test
    @DisplayName("RM3 and RM6 e-mails to an English reader contain no Spanish; a Spanish reader gets the same reminders in Spanish")
    void rm3AndRm6InEachReadersLanguage() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String english = "en" + tag + "@example.com";
        String spanish = "es" + tag + "@example.com";
        probe.createStaff("en" + tag, english, "en", Role.PROJECT_MANAGER, Role.IMPLEMENTATION_HEAD);
        probe.createStaff("es" + tag, spanish, "es", Role.PROJECT_MANAGER, Role.IMPLEMENTATION_HEAD);

        ClientDetail ending = client("Ending" + tag);
        agreement(ending.id(), AgreementType.SUPPORT_MAINTENANCE, today().minusMonths(10), today().plusDays(7));
        ClientDetail expired = client("Expired" + tag);
        agreement(expired.id(), AgreementType.SUPPORT_DEVELOPMENT, today().minusYears(1), today().minusDays(1));
        QuoteDetail sent = sentQuote(client("Quoted" + tag).id());
        probe.backdateQuoteSent(sent.id(), Duration.ofDays(30));

        try (Smtp smtp = Smtp.start()) {
            engine.run("languages");
            List<String> toEnglish = texts(smtp.to(english), tag, sent.number());
            List<String> toSpanish = texts(smtp.to(spanish), tag, sent.number());

            assertEquals(4, toEnglish.size(), "RM3 × 2 and RM6 × 2 (no answer, validity): " + toEnglish);
            for (String mail : toEnglish) {
                String lower = mail.toLowerCase(Locale.ROOT);
                for (String word : SPANISH) {
                    assertFalse(lower.contains(word), "Spanish '" + word + "' in an English mail:\n" + mail);
                }
            }
            assertTrue(toEnglish.stream().anyMatch(m -> m.contains("Ending" + tag) && m.contains("Support & Maintenance")
                    && m.contains("ends in 7 days")), toEnglish.toString());
            assertTrue(toEnglish.stream().anyMatch(m -> m.contains("Expired" + tag) && m.contains("Support & Development")
                    && m.contains("expired")), toEnglish.toString());
            assertTrue(toEnglish.stream().anyMatch(m -> m.contains(sent.number()) && m.contains("has had no answer for 15 days")),
                    toEnglish.toString());
            assertTrue(toEnglish.stream().anyMatch(m -> m.contains(sent.number()) && m.contains("stops being valid on")),
                    toEnglish.toString());

            assertEquals(4, toSpanish.size(), toSpanish.toString());
            assertTrue(toSpanish.stream().anyMatch(m -> m.contains("Ending" + tag) && m.contains("Asistencia y Mantenimiento")
                    && m.contains("vence en 7 días")), toSpanish.toString());
            assertTrue(toSpanish.stream().anyMatch(m -> m.contains("Expired" + tag) && m.contains("vencido")), toSpanish.toString());
            assertTrue(toSpanish.stream().anyMatch(m -> m.contains(sent.number()) && m.contains("no tiene respuesta desde hace 15 días")),
                    toSpanish.toString());
            assertTrue(toSpanish.stream().anyMatch(m -> m.contains(sent.number()) && m.contains("vence su validez el "
                    + today().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))), toSpanish.toString());
        }
    }

    /** Subject and text of each mail about this test's records (their subjects name the client or the quote). */
    private static List<String> texts(List<MimeMessage> mails, String tag, String quoteNumber) throws Exception {
        List<String> out = new ArrayList<>();
        for (MimeMessage m : mails) {
            String subject = m.getSubject();
            if (subject.contains(tag) || subject.contains(quoteNumber)) {
                out.add(subject + "\n" + Smtp.body(m));
            }
        }
        return out;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private ClientDetail client(String name) throws Exception {
        ClientForm f = new ClientForm();
        f.setLegalName(name);
        f.setTaxIdKind(TaxId.Kind.CUIT);
        f.setTaxId(TaxId.cuitFor("30", (int) (System.nanoTime() % 90_000_000)));
        return consultant.call(() -> clients.create(f));
    }

    private void agreement(long clientId, AgreementType type, LocalDate start, LocalDate end) throws Exception {
        AgreementForm f = new AgreementForm();
        f.setType(type);
        f.setStart(start);
        f.setEnd(end);
        pm.call(() -> agreements.create(clientId, f));
    }

    private QuoteDetail sentQuote(long clientId) throws Exception {
        RequirementRow r = consultant.call(() -> requirements.register(clientId, "Tablero", "Detalle", null, RequirementOrigin.REQUEST, null));
        RequirementRow submitted = consultant.call(() -> requirements.submit(r.id(), r.version()));
        head.call(() -> requirements.approve(submitted.id(), submitted.version()));
        QuoteForm form = new QuoteForm();
        form.setLines(new ArrayList<>(List.of(new LineForm("Desarrollo", new BigDecimal("10"), new BigDecimal("1000")))));
        form.setInstalments(1);
        form.setValidityDays(30);
        QuoteDetail draft = head.call(() -> quotes.draft(Set.of(r.id()), form));
        QuoteDetail pending = head.call(() -> quotes.submitForApproval(draft.id(), draft.version()));
        QuoteDetail approved = pm.call(() -> quotes.approve(pending.id(), pending.version()));
        return pm.call(() -> quotes.send(approved.id(), approved.version()));
    }
}
