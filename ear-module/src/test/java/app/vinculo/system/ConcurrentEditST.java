package app.vinculo.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fault drill of issue #16: two browsers edit the same record. */
@DisplayName("Two people editing the same record")
class ConcurrentEditST {

    @Test
    @DisplayName("the second save gets the conflict message and keeps what it typed; the first save stays")
    void secondSaveGetsConflictAndKeepsTypedText() {
        PortalHttp reader = new PortalHttp();
        assertTrue(reader.login("consultor", Browser.DEMO_PASSWORD));
        Matcher client = Pattern.compile("clients/view.xhtml\\?id=(\\d+)").matcher(reader.get("clients/list.xhtml").body());
        assertTrue(client.find(), "the client list links to a client");
        String edit = "clients/edit.xhtml?id=" + client.group(1);
        try (Browser first = Browser.start("es"); Browser second = Browser.start("es")) {
            first.open("login.xhtml").login("consultor", Browser.DEMO_PASSWORD);
            second.open("login.xhtml").login("jefe", Browser.DEMO_PASSWORD);
            first.open(edit);
            second.open(edit);
            String firstNotes = "Nota de la primera persona " + System.nanoTime() % 1000;
            String secondNotes = "Texto largo de la segunda persona, que no se pierde " + System.nanoTime() % 1000;
            first.type("client:notes", firstNotes);
            first.clickAndWaitForPage(By.id("client:save"));

            second.type("client:notes", secondNotes);
            second.driver().findElement(By.id("client:save")).click();
            assertTrue(second.awaitMessage("Otra persona modificó").contains("Otra persona modificó"));
            assertEquals(secondNotes, second.driver().findElement(By.id("client:notes")).getAttribute("value"),
                    "what the second person typed is still in the form");
            second.screenshot("security-concurrent-edit");

            first.open(edit);
            assertEquals(firstNotes, first.driver().findElement(By.id("client:notes")).getAttribute("value"),
                    "the first save was not overwritten");
        }
    }
}
