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

    /** Keys the visits and follow-ups business tier throws or returns (issue 5). */
    private static final List<String> VISIT_KEYS = List.of("visit.kindAndDateRequired", "visit.durationInvalid",
            "visit.notPlannable", "visit.consultantsRequired", "visit.consultantUnknown", "visit.contactNotOfClient",
            "visit.topicTitleInvalid", "visit.clientChanged", "visit.tooFewTopics", "visit.transitionRefused",
            "visit.reasonRequired", "visit.notRecordable", "visit.notHeldYet", "visit.topicsChanged",
            "visit.requirementInvalid", "visit.locked", "visit.warning.noKeyPerson", "error.notFound.visit",
            "error.notFound.followup", "module.unknown", "followup.summaryRequired", "followup.inFuture",
            "followup.contactNotOfClient", "followup.ownerUnknown", "followup.nextActionIncomplete",
            "followup.noNextAction", "followup.alreadyDone", "followup.notOwner", "visit.report.title");

    /** Bean Validation keys of the visit and follow-up forms. */
    private static final List<String> VISIT_VALIDATION_KEYS = List.of("visit.client.required", "visit.kind.required",
            "visit.scheduledAt.required", "visit.duration.invalid", "visit.place.size", "visit.objectives.size",
            "visit.topics.size", "visit.otherAttendees.size", "visit.text.size", "followup.client.required",
            "followup.occurredAt.required", "followup.channel.required", "followup.nature.required",
            "followup.summary.required", "followup.summary.size", "followup.outcome.size", "followup.nextAction.size");

    @Test
    @DisplayName("every key of the visits and follow-ups business tier and every label of their enums is translated")
    void visitAndFollowUpKeysAreTranslated() {
        for (Locale locale : List.of(Texts.SPANISH, Locale.ENGLISH)) {
            ResourceBundle bundle = Texts.bundle(locale);
            VISIT_KEYS.forEach(k -> assertTrue(bundle.containsKey(k), k + " in " + locale));
            ResourceBundle validation = ResourceBundle.getBundle("ValidationMessages", Texts.supported(locale),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            VISIT_VALIDATION_KEYS.forEach(k -> assertTrue(validation.containsKey(k), k + " in validation " + locale));
            for (var k : app.vinculo.visits.entity.VisitKind.values()) {
                assertTrue(bundle.containsKey("visit.kind." + k.name()), k + " in " + locale);
            }
            for (var s : app.vinculo.visits.entity.VisitStatus.values()) {
                assertTrue(bundle.containsKey("visit.status." + s.name()), s + " in " + locale);
            }
            for (var k : app.vinculo.visits.entity.TopicKind.values()) {
                assertTrue(bundle.containsKey("visit.topicKind." + k.name()), k + " in " + locale);
            }
            for (var o : app.vinculo.visits.entity.TopicOutcome.values()) {
                assertTrue(bundle.containsKey("visit.outcome." + o.name()), o + " in " + locale);
            }
            for (var l : app.vinculo.visits.entity.InterestLevel.values()) {
                assertTrue(bundle.containsKey("visit.interest." + l.name()), l + " in " + locale);
            }
            for (var c : app.vinculo.followups.entity.Channel.values()) {
                assertTrue(bundle.containsKey("followup.channel." + c.name()), c + " in " + locale);
            }
            for (var n : app.vinculo.followups.entity.Nature.values()) {
                assertTrue(bundle.containsKey("followup.nature." + n.name()), n + " in " + locale);
            }
        }
        assertEquals("El registro de la visita quedó bloqueado el 12/05/2026; solo el Jefe de Implementación puede corregirlo.",
                Texts.text(Texts.SPANISH, "visit.locked", "12/05/2026"));
        assertTrue(Texts.text(Texts.SPANISH, "visit.tooFewTopics", 1, 2).startsWith("La visita tiene 1 temas y hacen falta al menos 2"));
        assertEquals("Una visita planificada no puede pasar a confirmada.", Texts.text(Texts.SPANISH, "visit.transitionRefused",
                BusinessExceptionHandler.statusLabels(Texts.SPANISH, "visit.transitionRefused", new Object[]{"PLANNED", "CONFIRMED"})));
    }

    /** Keys the training business tier throws (issue 7): every {@code BusinessException}/{@code InvalidInputException}. */
    private static final List<String> TRAINING_KEYS = List.of("attendance.correctionReasonRequired",
            "attendance.markRequired", "attendance.notRegistered", "attendance.otherEdition", "calendar.rangeInvalid",
            "certificate.didNotAttend", "certificate.editionNotClosed", "course.codeInvalid", "course.codeTaken",
            "course.durationInvalid", "course.syllabusTooLong", "course.titleInvalid", "edition.attendanceIncomplete",
            "edition.audienceRequired", "edition.audienceUnknown", "edition.capacityBelowRegistered",
            "edition.capacityInvalid", "edition.clientRequired", "edition.correctionOnlyWhenClosed", "edition.courseFixed",
            "edition.courseInactive", "edition.instructorRequired", "edition.instructorUnknown", "edition.noAttendance",
            "edition.nobodyChosen", "edition.notEditable", "edition.notInviting", "edition.notOpen",
            "edition.notStartedYet", "edition.placeTooLong", "edition.reasonRequired", "edition.registerClosed",
            "edition.sessionEndBeforeStart", "edition.sessionIncomplete", "edition.sessionNotYet", "edition.sessionUnknown",
            "edition.sessionsOverlap", "edition.sessionsRequired", "edition.tooManyInvitations", "edition.tooManySessions",
            "edition.transitionRefused", "module.unknown", "rcu.periodInvalid", "rcu.periodTooLong",
            "registration.alreadyAttended", "registration.contactInactive", "registration.notInAudience",
            "registration.transitionRefused", "error.notFound.course", "error.notFound.edition",
            "error.notFound.registration", "error.notFound.contact", "timeline.COURSE", "timeline.kind.COURSE");

    /** Bean Validation keys of the course and edition forms, and the contact's language. */
    private static final List<String> TRAINING_VALIDATION_KEYS = List.of("course.code.required", "course.code.pattern",
            "course.title.required", "course.title.size", "course.syllabus.size", "course.duration.required",
            "course.duration.range", "edition.course.required", "edition.sessions.size", "edition.place.size",
            "edition.capacity.required", "edition.capacity.range", "edition.session.day.required",
            "edition.session.start.required", "edition.session.end.required", "contact.language.invalid");

    @Test
    @DisplayName("every key of the training business tier, every Bean Validation key of its forms and every label of its "
            + "enums is translated")
    void trainingKeysAreTranslated() {
        for (Locale locale : List.of(Texts.SPANISH, Locale.ENGLISH)) {
            ResourceBundle bundle = Texts.bundle(locale);
            TRAINING_KEYS.forEach(k -> assertTrue(bundle.containsKey(k), k + " in " + locale));
            ResourceBundle validation = ResourceBundle.getBundle("ValidationMessages", Texts.supported(locale),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            TRAINING_VALIDATION_KEYS.forEach(k -> assertTrue(validation.containsKey(k), k + " in validation " + locale));
            for (var s : app.vinculo.training.entity.EditionStatus.values()) {
                assertTrue(bundle.containsKey("edition.status." + s.name()), s + " in " + locale);
            }
            for (var s : app.vinculo.training.entity.RegistrationStatus.values()) {
                assertTrue(bundle.containsKey("registration.status." + s.name()), s + " in " + locale);
            }
            for (var m : app.vinculo.training.entity.Modality.values()) {
                assertTrue(bundle.containsKey("course.modality." + m.name()), m + " in " + locale);
            }
            for (var m : app.vinculo.training.entity.AttendanceMark.values()) {
                assertTrue(bundle.containsKey("attendance.mark." + m.name()), m + " in " + locale);
            }
            for (var c : app.vinculo.training.boundary.CandidateSource.values()) {
                assertTrue(bundle.containsKey("edition.invite.source." + c.name()), c + " in " + locale);
            }
            for (var r : app.vinculo.training.entity.SuggestionSource.values()) {
                assertTrue(bundle.containsKey("suggestions.reason." + r.name()), r + " in " + locale);
            }
            for (String a : List.of("ACTIVE", "FUTURE", "EXPIRED", "NONE")) {
                assertTrue(bundle.containsKey("registration.agreement." + a), a + " in " + locale);
            }
        }
        assertEquals("Un dictado en estado «realizado» no puede pasar a «inscripción abierta».",
                Texts.text(Texts.SPANISH, "edition.transitionRefused", BusinessExceptionHandler.statusLabels(Texts.SPANISH,
                        "edition.transitionRefused", new Object[]{"HELD", "OPEN"})));
        assertEquals("Curso «Ventas»: María González asistió a 1 de 2 sesiones.",
                Texts.text(Texts.SPANISH, "timeline.COURSE", "Ventas", "María González", "1", "2"));
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
