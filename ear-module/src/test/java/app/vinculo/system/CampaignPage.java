package app.vinculo.system;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static app.vinculo.system.FormInputs.chooseMenuItem;

/**
 * Page object of a test campaign (releases/campaign.xhtml) for the Implementation Head, and of "Mis casos de prueba"
 * (releases/my-cases.xhtml) for the consultant who runs the cases: open, assign, record results, waive, sign off (R6.2).
 */
final class CampaignPage {

    private final Browser b;

    private CampaignPage(Browser b) {
        this.b = b;
    }

    /** From a published release's page, opens its campaign after the confirmation; on the campaign's page. */
    static CampaignPage open(Browser head, String releaseUrl, String label, int cases) {
        head.driver().get(releaseUrl);
        head.await().until(ExpectedConditions.elementToBeClickable(By.id("release:open-campaign"))).click();
        head.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("release:confirm")));
        head.driver().findElement(By.id("release:confirm-yes")).click();
        head.await().until(ExpectedConditions.urlContains("releases/campaign.xhtml"));
        head.awaitMessage("Se abrió la campaña de pruebas de la versión " + label + " con " + cases + " casos");
        return new CampaignPage(head);
    }

    /** The campaign page at {@code url}, once its progress says {@code progress} ("3 de 3"). */
    static CampaignPage at(Browser head, String url, String progress) {
        head.driver().get(url);
        head.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("campaign:progress-text"), progress));
        return new CampaignPage(head);
    }

    String url() {
        return b.driver().getCurrentUrl();
    }

    /** Selects every case of the page and assigns them to {@code consultant} in one go. */
    void assignAll(String consultant, int cases, String screenshot) {
        b.driver().findElement(By.cssSelector("[id='cases:table'] thead .ui-chkbox-box")).click();
        b.await().until(d -> d.findElements(By.cssSelector("[id='cases:table_data'] .ui-chkbox-box.ui-state-active")).size() == cases);
        chooseMenuItem(b, "cases:assignee", consultant);
        if (screenshot != null) {
            b.screenshot(screenshot);
        }
        b.driver().findElement(By.id("cases:assign")).click();
        b.awaitMessage("Se asignaron " + cases + " casos a " + consultant);
        b.await().until(d -> d.findElement(By.id("cases:table_data")).getText().split(consultant, -1).length - 1 == cases);
    }

    /** Asks for the sign-off and returns what its dialog says: why it is refused, or that it may be given. */
    WebElement askSignOff(boolean refused) {
        b.driver().findElement(By.id("campaign:sign-off")).click();
        return b.await().until(ExpectedConditions.visibilityOfElementLocated(
                By.id(refused ? "signoff-form:refused" : "signoff-form:allowed")));
    }

    void closeSignOffDialog() {
        b.driver().findElement(By.id("signoff-form:close")).click();
        b.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("signoff-dialog")));
    }

    /** Waives a failed case with its reason. */
    void waive(String caseTitle, String reason) {
        b.driver().findElement(By.xpath("//tbody[@id='cases:table_data']/tr[contains(.,'" + caseTitle
                + "')]//button[contains(@id,':waive')]")).click();
        b.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("waive-form:reason")));
        b.type("waive-form:reason", reason);
        b.driver().findElement(By.id("waive-form:confirm")).click();
        b.awaitMessage("Se dispensó el caso");
    }

    /** In the open sign-off dialog, gives the sign-off. */
    void confirmSignOff(String label) {
        b.driver().findElement(By.id("signoff-form:confirm")).click();
        b.awaitMessage("Se dio la conformidad a las pruebas de la versión " + label);
        b.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("campaign:status"), "Con conformidad"));
    }

    // ---- the consultant's cases ------------------------------------------------------------------------------------

    /** On "Mis casos de prueba": the case passed (one click). */
    static void pass(Browser consultant, String caseTitle) {
        consultant.driver().findElement(caseButton(caseTitle, "pass")).click();
        awaitResult(consultant, caseTitle, "Pasó");
    }

    /** On "Mis casos de prueba": opens the "failed" dialog of a case (the notes are then required). */
    static void openFailed(Browser consultant, String caseTitle) {
        consultant.driver().findElement(caseButton(caseTitle, "fail")).click();
        consultant.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("result-form:notes")));
    }

    static void awaitResult(Browser b, String caseTitle, String result) {
        b.await().until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(
                "//tbody[@id='cases:table_data']/tr[contains(.,'" + caseTitle + "')]//*[contains(@class,'result-tag')]"), result));
    }

    private static By caseButton(String caseTitle, String button) {
        return By.xpath("//tbody[@id='cases:table_data']/tr[contains(.,'" + caseTitle + "')]//button[contains(@id,':" + button + "')]");
    }
}
