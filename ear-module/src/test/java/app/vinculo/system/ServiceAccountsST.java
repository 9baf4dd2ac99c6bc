package app.vinculo.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Service accounts of the REST API (PRODUCT.md §9)")
class ServiceAccountsST {

    @Test
    @DisplayName("an admin creates a service account and sees its token once; the token works, every call is counted "
            + "on the page; after revoking it the token gets 401")
    void createUseAndRevoke() {
        String name = ServiceAccountsPage.unique("mesa");
        try (Browser admin = Browser.start("es")) {
            admin.open("login.xhtml").login("admin", Browser.DEMO_PASSWORD);
            assertTrue(admin.menuText().contains("Cuentas de servicio"), admin.menuText());
            ServiceAccountsPage page = ServiceAccountsPage.open(admin);
            String token = page.create(name, true, false, 120);
            assertTrue(token.startsWith("vnc_") && token.length() > 40, token);
            assertTrue(admin.awaitMessage("Se creó la cuenta de servicio").contains(name));
            admin.screenshot("service-account-token-once");

            ApiClient.Answer clients = ApiClient.get("clients?size=5", token);
            assertEquals(200, clients.status(), clients.toString());

            page = ServiceAccountsPage.open(admin);
            assertFalse(page.showsToken(), "the token is shown only with the answer to Create");
            String row = page.row(name);
            assertTrue(row.contains("Lectura") && row.contains("Activa") && row.contains("120"), row);
            assertFalse(row.contains(token), "the list shows only the token's first characters");
            assertTrue(row.contains(token.substring(0, 10)), row);
            assertTrue(page.calls(name).startsWith("1"), "one call audited: " + page.calls(name));

            page.revoke(name);
            assertTrue(page.row(name).contains("Revocada"), page.row(name));
            admin.screenshot("service-account-revoked");

            ApiClient.Answer refused = ApiClient.get("clients", token);
            assertEquals(401, refused.status(), refused.toString());
            assertTrue(refused.isProblem(), refused.toString());
            assertEquals("urn:vinculo:problem:problem.token.invalid", refused.json().get("type"));
            assertTrue(refused.header("WWW-Authenticate").startsWith("Bearer"), refused.header("WWW-Authenticate"));
        }
    }

    @Test
    @DisplayName("an invalid name is refused with the translated reason and what was typed stays")
    void invalidNameIsRefused() {
        try (Browser admin = Browser.start("es")) {
            admin.open("login.xhtml").login("admin", Browser.DEMO_PASSWORD);
            ServiceAccountsPage.open(admin);
            admin.type("accounts:name", "Mesa de Ayuda!");
            admin.driver().findElement(org.openqa.selenium.By.id("accounts:create")).click();
            admin.awaitMessage("El nombre debe tener de 3 a 36");
            assertEquals("Mesa de Ayuda!", admin.driver().findElement(org.openqa.selenium.By.id("accounts:name"))
                    .getAttribute("value"));
        }
    }
}
