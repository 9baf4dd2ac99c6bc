package app.vinculo.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Visit assistant (issue 18): who to visit next (R3.2), proposed topics and contacts (R2.4), confirmation (R2.1, R2.2)")
class VisitAssistantST {

    @Test
    @DisplayName("a consultant opens who to visit next, plans a visit from the top row, adds two proposed topics and a "
            + "proposed contact, and confirms it")
    void planFromTheTopRow() throws Exception {
        try (Browser b = Browser.start("es")) {
            b.open("login.xhtml").login("consultor", Browser.DEMO_PASSWORD);
            assertTrue(b.menuText().contains("A quién visitar"), b.menuText());
            b.clickAndWaitForPage(By.id("menu-next-visits"));
            WebElement table = b.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("next:ranking")));
            String top = b.text(By.cssSelector("[id='next:ranking_data'] tr:first-child .client-link"));
            String why = b.text(By.cssSelector("[id='next:ranking_data'] tr:first-child .health-why"));
            assertFalse(why.isBlank(), table.getText());
            assertTrue(b.text(By.cssSelector("[id='next:ranking_data'] tr:first-child .health-score")).contains("/ 100"));
            b.screenshot("next-visits");
            exportsTheRanking(b, top, why);

            b.clickAndWaitForPage(By.id("next:ranking:0:plan"));
            b.await().until(d -> !d.findElement(By.id("visit:client_input")).getAttribute("value").isBlank());
            b.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("visit:proposed-topics")));
            b.driver().findElement(By.xpath("//*[@id='visit:kind']//label[normalize-space()='Comercial']")).click();
            b.await().ignoring(StaleElementReferenceException.class).until(d -> !topics(b).isEmpty());
            int prefilled = topics(b).size();
            assertTrue(prefilled >= 1, "the main proposals are in the plan");
            assertTrue(topics(b).stream().noneMatch(String::isBlank), topics(b).toString());
            b.screenshot("visit-plan-prefilled");

            for (int i = 1; i <= 2; i++) {
                String proposal = b.text(By.cssSelector("[id='visit:proposed-topics_data'] tr:first-child .proposal-title"));
                b.driver().findElement(By.id("visit:proposed-topics:0:add-proposal")).click();
                int expected = prefilled + i;
                b.await().ignoring(StaleElementReferenceException.class).until(d -> topics(b).size() == expected
                        && proposal.equals(topics(b).get(expected - 1)));
            }
            WebElement invite = b.await().ignoring(StaleElementReferenceException.class).until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("[id='visit:proposed-people_data'] .invite-proposed")));
            String contact = invite.findElement(By.xpath("ancestor::tr")).findElement(By.cssSelector(".contact-name")).getText();
            invite.click();
            b.await().until(ExpectedConditions.attributeContains(By.xpath("//*[contains(@class,'invited-table')]//tr[contains(normalize-space(.),'"
                    + contact + "')]"), "class", "ui-state-highlight"));
            b.screenshot("visit-plan-proposals");

            b.driver().findElement(By.id("visit:save")).click();
            b.await().until(ExpectedConditions.urlContains("visits/view.xhtml"));
            b.awaitMessage("Se planificó la visita a " + top);
            assertTrue(b.text(By.id("visit:invited")).contains(contact));
            b.driver().findElement(By.id("visit:confirm")).click();
            String message = b.awaitMessage("Se confirmó la visita a " + top);
            b.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("visit:status"), "Confirmada"));
            // R2.2: the proposed people start with the decision makers, so no warning about them
            assertFalse(message.contains("poder de decisión"), message);
            b.screenshot("visit-confirmed-from-proposals");

            ClientsST.openFromTopBar(b, top.split(" ")[0], top);
            assertTrue(b.text(By.id("client-health")).contains("Salud del cliente"));
            b.screenshot("client-health");
        }
    }

    /** The ranking downloads as CSV with every row (not only the page shown), top row first, with its reasons. */
    private static void exportsTheRanking(Browser b, String top, String why) throws Exception {
        Downloads downloads = Downloads.of(b);
        b.driver().findElement(By.id("next:export-csv")).click();
        List<String> lines = Files.readAllLines(downloads.file("a-quien-visitar.csv"), StandardCharsets.UTF_8);
        assertTrue(lines.get(0).contains("Por qué") && !lines.get(0).contains("Acciones"), lines.get(0));
        assertTrue(lines.get(1).contains(top) && lines.get(1).contains(why.split(" · ")[0]), lines.get(1));
        String report = b.text(By.cssSelector("[id='next:ranking'] .ui-paginator-current"));
        String total = report.substring(report.lastIndexOf('/') + 1).trim();
        assertEquals(Integer.parseInt(total), lines.size() - 1, "one line per ranked client: " + report);
    }

    private static List<String> topics(Browser b) {
        return b.driver().findElements(By.cssSelector("[id='visit:topics_data'] input.topic-title")).stream()
                .map(e -> e.getAttribute("value")).toList();
    }
}
