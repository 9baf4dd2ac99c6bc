package app.vinculo.platform.web;

import app.vinculo.platform.security.Role;
import app.vinculo.platform.settings.Setting;
import app.vinculo.reminders.entity.Delivery;
import app.vinculo.reminders.entity.OutboxState;
import app.vinculo.reminders.entity.ReminderKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextsTest {

    private static final List<String> BUSINESS_KEYS = List.of("error.notFound.user", "error.notFound.outbox", "error.concurrentEdit",
            "error.forbidden", "error.unexpected", "setting.invalid", "setting.outOfRange", "setting.notEditable",
            "clock.demoOnly", "clock.invalidShift", "user.exists", "user.lastAdmin", "user.language.invalid",
            "password.tooShort", "password.tooLong", "password.containsUsername", "password.tooCommon",
            "password.currentWrong", "outbox.notRetryable", "outbox.alreadySent", "reminder.mandatory",
            "reminder.digestHour.invalid");

    @Test
    @DisplayName("Spanish and English bundles have the same keys")
    void bundlesHaveTheSameKeys() {
        Set<String> es = new TreeSet<>(Collections.list(Texts.bundle(Texts.SPANISH).getKeys()));
        Set<String> en = new TreeSet<>(Collections.list(Texts.bundle(Locale.ENGLISH).getKeys()));
        assertEquals(es, en);
    }

    @Test
    @DisplayName("every business message key, setting label, role label and reminder kind, state and delivery is translated")
    void everyKeyTheBusinessTierUsesIsTranslated() {
        for (Locale locale : List.of(Texts.SPANISH, Locale.ENGLISH)) {
            ResourceBundle bundle = Texts.bundle(locale);
            BUSINESS_KEYS.forEach(k -> assertTrue(bundle.containsKey(k), k + " in " + locale));
            for (Setting s : Setting.values()) {
                assertTrue(bundle.containsKey(s.labelKey()), s.labelKey() + " in " + locale);
            }
            for (Role r : Role.values()) {
                assertTrue(bundle.containsKey("role." + r.name()), r + " in " + locale);
            }
            for (ReminderKind k : ReminderKind.values()) {
                assertTrue(bundle.containsKey("reminder.kind." + k.name()), k + " in " + locale);
            }
            for (OutboxState s : OutboxState.values()) {
                assertTrue(bundle.containsKey("reminder.state." + s.name()), s + " in " + locale);
            }
            for (Delivery d : Delivery.values()) {
                assertTrue(bundle.containsKey("reminder.delivery." + d.name()), d + " in " + locale);
                assertTrue(bundle.containsKey("profile.reminders.delivery." + d.name()), d + " in " + locale);
            }
        }
    }

    /** Keys the clients and agreements business tier throws (issue 4). */
    private static final List<String> CLIENT_KEYS = List.of("client.taxId.required", "client.taxId.cuitFormat",
            "client.taxId.cuitCheckDigit", "client.taxId.foreignFormat", "client.taxId.exists", "client.alreadyInactive",
            "client.consultant.invalid", "error.notFound.client", "error.notFound.contact", "error.notFound.agreement",
            "error.notFound.regularization", "error.notFound.module", "module.unknown", "module.statusRequired",
            "module.textTooLong", "module.sinceInFuture", "module.codeInvalid", "module.nameInvalid", "module.exists",
            "agreement.datesRequired", "agreement.endBeforeStart", "agreement.hoursNegative", "agreement.feeNegative",
            "agreement.alreadyCancelled", "agreement.cancelReasonRequired", "agreement.overlap",
            "regularization.declineReasonRequired", "regularization.transitionRefused", "regularization.textTooLong",
            "assistance.descriptionRequired", "assistance.descriptionTooLong", "assistance.contactNotOfClient",
            "gate.allowed");

    @Test
    @DisplayName("every key of the clients and agreements business tier and every label of their enums is translated")
    void clientAndAgreementKeysAreTranslated() {
        for (Locale locale : List.of(Texts.SPANISH, Locale.ENGLISH)) {
            ResourceBundle bundle = Texts.bundle(locale);
            CLIENT_KEYS.forEach(k -> assertTrue(bundle.containsKey(k), k + " in " + locale));
            for (var r : app.vinculo.agreements.entity.GateReason.values()) {
                assertTrue(bundle.containsKey("gate.refused." + r.name()), r + " in " + locale);
                assertTrue(bundle.containsKey("gate.reason." + r.name()), r + " in " + locale);
            }
            for (var t : app.vinculo.agreements.entity.AgreementType.values()) {
                assertTrue(bundle.containsKey("agreement.type." + t.name()), t + " in " + locale);
                for (var s : app.vinculo.agreements.entity.AgreementStatus.values()) {
                    assertTrue(bundle.containsKey("glance." + s.name() + "." + t.name()), s + " " + t + " in " + locale);
                }
                assertTrue(bundle.containsKey("glance.NONE." + t.name()), t + " in " + locale);
            }
            for (var s : app.vinculo.agreements.entity.AgreementStatus.values()) {
                assertTrue(bundle.containsKey("agreement.status." + s.name()), s + " in " + locale);
            }
            for (var s : app.vinculo.agreements.entity.RegularizationStatus.values()) {
                assertTrue(bundle.containsKey("regularization.status." + s.name()), s + " in " + locale);
            }
            for (var s : app.vinculo.clients.entity.ModuleStatus.values()) {
                assertTrue(bundle.containsKey("module.status." + s.name()), s + " in " + locale);
            }
        }
        assertEquals("Ya existe un acuerdo del mismo tipo entre 01/01/2026 y 31/12/2026; los acuerdos no pueden superponerse.",
                Texts.text(Texts.SPANISH, "agreement.overlap", "01/01/2026", "31/12/2026"));
    }

    @Test
    @DisplayName("Spanish is the default even when the server speaks another language")
    void spanishIsTheDefault() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("Ingresar", Texts.text(Texts.SPANISH, "login.submit"));
            assertEquals("Ingresar", ResourceBundle.getBundle(Texts.BUNDLE, Texts.SPANISH).getString("login.submit"));
            assertEquals("Sign in", Texts.text(Locale.ENGLISH, "login.submit"));
            assertEquals("Ingresar", Texts.text(Locale.FRENCH, "login.submit"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    @DisplayName("business messages are formatted with their arguments, ids without grouping")
    void messagesAreFormatted() {
        assertEquals("Ya existe un usuario «consultor».", Texts.text(Texts.SPANISH, "user.exists", "consultor"));
        assertEquals("The password must have at least 10 characters.",
                Texts.text(Locale.ENGLISH, "password.tooShort", 10));
        assertEquals("Se encontraron 12, se registraron 3, se enviaron 1000.",
                Texts.text(Texts.SPANISH, "outbox.run.summary", 12, 3, 1000));
        assertTrue(Texts.text(Texts.SPANISH, "error.notFound.user", 12345L).contains("12345"));
        assertEquals("unknown.key", Texts.text(Texts.SPANISH, "unknown.key"));
    }

    @Test
    @DisplayName("the browser's language is followed among Spanish and English, else Spanish")
    void browserLanguage() {
        assertEquals("en", LocaleBacking.preferred("en-US,en;q=0.9").getLanguage());
        assertEquals("es", LocaleBacking.preferred("es-AR,es;q=0.9,en;q=0.8").getLanguage());
        assertEquals("en", LocaleBacking.preferred("fr-FR,fr;q=0.9,en;q=0.5").getLanguage());
        assertEquals("es", LocaleBacking.preferred("de-DE").getLanguage());
        assertEquals("es", LocaleBacking.preferred(null).getLanguage());
        assertEquals("es", LocaleBacking.preferred("%%%").getLanguage());
    }
}
