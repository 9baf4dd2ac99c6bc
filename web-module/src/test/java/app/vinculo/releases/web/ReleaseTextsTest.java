package app.vinculo.releases.web;

import app.vinculo.platform.web.Texts;
import app.vinculo.releases.entity.CampaignStatus;
import app.vinculo.releases.entity.ChangeKind;
import app.vinculo.releases.entity.ReleaseStatus;
import app.vinculo.releases.entity.TestResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The texts of releases and test campaigns (issue 8), in both languages (TextsTest checks the bundles match). */
class ReleaseTextsTest {

    /** Every key the releases business tier throws (grep of ejb-module app.vinculo.releases), and the timeline's. */
    private static final List<String> KEYS = List.of("release.labelInvalid", "release.dateRequired", "release.notesTooLong",
            "release.noChanges", "release.alreadyPublished", "release.labelTaken", "release.labelFixed",
            "campaign.releaseNotPublished", "campaign.exists", "campaign.signOffRefused", "campaign.signedOff",
            "change.kindRequired", "change.moduleRequired", "change.descriptionRequired", "change.descriptionTooLong",
            "change.paste.tooLong", "change.paste.invalid", "change.paste.empty", "change.paste.unknownModules",
            "change.paste.requirementUnknown", "change.requirementNotPlanned", "testcase.tooManyChosen",
            "testcase.assigneeUnknown", "testcase.resultRequired", "testcase.notesRequired", "testcase.notesTooLong",
            "testcase.otherCampaign", "testcase.notYours", "testcase.onlyFailedWaived", "testcase.waiverReasonRequired",
            "testcase.moduleRequired", "testcase.titleRequired", "testcase.stepsTooLong", "testcase.noneChosen",
            "module.unknown", "error.notFound.release", "error.notFound.campaign", "error.notFound.testcase",
            "error.notFound.change", "error.notFound.requirement", "timeline.RELEASE", "timeline.kind.RELEASE",
            "reminder.kind.RM8_TEST_CASES_NOT_RUN", "reminder.kind.RELEASE_PUBLISHED");

    /** Bean Validation keys of ReleaseForm, ChangeForm and CaseForm. */
    private static final List<String> VALIDATION_KEYS = List.of("release.label.required", "release.label.pattern",
            "release.date.required", "release.notes.size", "change.kind.required", "change.module.required",
            "change.description.required", "change.description.size", "testcase.module.required",
            "testcase.title.required", "testcase.title.size", "testcase.steps.size");

    @Test
    @DisplayName("every key of the releases business tier, every Bean Validation key of its forms and every label of its "
            + "enums is translated")
    void everyKeyIsTranslated() {
        for (Locale locale : List.of(Texts.SPANISH, Locale.ENGLISH)) {
            ResourceBundle bundle = Texts.bundle(locale);
            KEYS.forEach(k -> assertTrue(bundle.containsKey(k), k + " in " + locale));
            ResourceBundle validation = ResourceBundle.getBundle("ValidationMessages", Texts.supported(locale),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            VALIDATION_KEYS.forEach(k -> assertTrue(validation.containsKey(k), k + " in validation " + locale));
            for (ChangeKind k : ChangeKind.values()) {
                assertTrue(bundle.containsKey("change.kind." + k.name()), k + " in " + locale);
            }
            for (TestResult r : TestResult.values()) {
                assertTrue(bundle.containsKey("testcase.result." + r.name()), r + " in " + locale);
                assertTrue(bundle.containsKey("campaign.count." + r.name()), r + " in " + locale);
            }
            for (ReleaseStatus s : ReleaseStatus.values()) {
                assertTrue(bundle.containsKey("release.status." + s.name()), s + " in " + locale);
            }
            for (CampaignStatus s : CampaignStatus.values()) {
                assertTrue(bundle.containsKey("campaign.status." + s.name()), s + " in " + locale);
            }
        }
    }

    @Test
    @DisplayName("refusals read well with their arguments: the lines of a bad paste, why the sign-off is refused")
    void refusalsAreFormatted() {
        assertEquals("No se agregó ningún cambio: revise las líneas 2, 5 (tipo | módulo | descripción | n.º de requerimiento opcional).",
                Texts.text(Texts.SPANISH, "change.paste.invalid", "2, 5"));
        assertEquals("Todavía no se puede dar la conformidad: sin ejecutar 0, fallidos sin dispensa 1, bloqueados sin dispensa 0.",
                Texts.text(Texts.SPANISH, "campaign.signOffRefused", 0, 1, 0));
        assertEquals("No change was added: line 3 names requirement 12345, which does not exist.",
                Texts.text(Locale.ENGLISH, "change.paste.requirementUnknown", 3, 12345L));
        assertEquals("La versión 2026.11 contiene el requerimiento «Tablero de cobranzas».",
                Texts.text(Texts.SPANISH, "timeline.RELEASE", "2026.11", "Tablero de cobranzas"));
    }
}
