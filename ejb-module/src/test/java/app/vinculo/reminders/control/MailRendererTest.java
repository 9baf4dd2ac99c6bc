package app.vinculo.reminders.control;

import app.vinculo.reminders.entity.ReminderKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailRendererTest {

    private final MailRenderer renderer = new MailRenderer("https://intranet.example.com/vinculo/");

    @Test
    @DisplayName("a reminder renders in Spanish with the values, the greeting and a link to the item")
    void spanish() {
        RenderedMail mail = renderer.render(ReminderKind.RM7_CLIENT_AT_RISK, "es", "Carla",
                "/clients/view.xhtml?id=7", Map.of("client", "Fábrica Sur", "days", "75"));
        assertEquals("[Vínculo] Cliente en riesgo: Fábrica Sur", mail.subject());
        assertTrue(mail.text().startsWith("Hola Carla:"));
        assertTrue(mail.text().contains("Fábrica Sur no tiene contactos registrados desde hace 75 días."));
        assertTrue(mail.text().contains("https://intranet.example.com/vinculo/clients/view.xhtml?id=7"));
        assertTrue(mail.html().contains("href=\"https://intranet.example.com/vinculo/clients/view.xhtml?id=7\""));
    }

    @Test
    @DisplayName("the same reminder renders in English for an English-speaking recipient")
    void english() {
        RenderedMail mail = renderer.render(ReminderKind.RM7_CLIENT_AT_RISK, "en", "Carla", "/",
                Map.of("client", "Fábrica Sur", "days", "75"));
        assertEquals("[Vínculo] Client at risk: Fábrica Sur", mail.subject());
        assertTrue(mail.text().startsWith("Hello Carla,"));
        assertTrue(mail.text().contains("has had no recorded contact for 75 days"));
    }

    @Test
    @DisplayName("values are escaped in the HTML part, so a hostile client name cannot inject markup")
    void escapesHtml() {
        RenderedMail mail = renderer.render(ReminderKind.RM7_CLIENT_AT_RISK, "es", "<b>x</b>", "/",
                Map.of("client", "<script>alert(1)</script>", "days", "1"));
        assertFalse(mail.html().contains("<script>"));
        assertTrue(mail.html().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(mail.html().contains("<b>x</b>"));
    }

    @Test
    @DisplayName("a digest lists each reminder's subject with its link, in the recipient's language")
    void digest() {
        RenderedMail mail = renderer.renderDigest("en", "Ana", List.of(
                new MailRenderer.DigestItem(ReminderKind.RM7_CLIENT_AT_RISK, "/c/1", Map.of("client", "Acme", "days", "61")),
                new MailRenderer.DigestItem(ReminderKind.RM8_TEST_CASES_NOT_RUN, "/r/2", Map.of("version", "9.1", "count", "3"))));
        assertEquals("[Vínculo] Daily digest: 2 reminder(s)", mail.subject());
        assertTrue(mail.text().contains("Client at risk: Acme"));
        assertTrue(mail.text().contains("Pending tests of release 9.1"));
        assertTrue(mail.html().contains("https://intranet.example.com/vinculo/r/2"));
    }

    @Test
    @DisplayName("every reminder kind has a subject and a body in both languages")
    void everyKindTranslated() {
        for (ReminderKind kind : ReminderKind.values()) {
            for (String lang : List.of("es", "en")) {
                RenderedMail mail = renderer.render(kind, lang, "X", "/", Map.of());
                assertFalse(mail.subject().contains("reminder."), kind + " " + lang + " subject");
                assertFalse(mail.text().contains("reminder." + kind.name()), kind + " " + lang + " body");
            }
        }
    }

    @Test
    @DisplayName("the daily digest goes at the chosen hour in the business time zone, today or tomorrow")
    void nextDigestTime() {
        ZoneId ba = ZoneId.of("America/Argentina/Buenos_Aires");
        Instant morning = Instant.parse("2026-11-27T10:00:00Z"); // 07:00 in Buenos Aires
        assertEquals(Instant.parse("2026-11-27T11:00:00Z"), ReminderScanner.nextDigest(morning, 8, ba));
        assertEquals(Instant.parse("2026-11-28T09:00:00Z"), ReminderScanner.nextDigest(morning, 6, ba));
    }
}
