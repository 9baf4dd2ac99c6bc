package app.vinculo.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The findings of the security review (issue #16) that a browser or a signed-in client meets, one test each; the
 * domain's own (admin listener, operator endpoints, server names) are {@link ServerHardeningST}'s.
 */
@DisplayName("Security hardening (issue #16)")
class SecurityST {

    private static final int HTTP_PORT = URI.create(Browser.BASE_URL).getPort();
    private static final String[] HEADERS = {"Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
            "Referrer-Policy"};

    @Test
    @DisplayName("#16.2 the script policy has no 'unsafe-inline'/'unsafe-eval', and pages work without a CSP violation")
    void strictScriptPolicyAndPagesWork() {
        String policy = new PortalHttp().get("login.xhtml").headers().firstValue("Content-Security-Policy").orElse("");
        Matcher scripts = Pattern.compile("script-src ([^;]*)").matcher(policy);
        assertTrue(scripts.find(), policy);
        assertFalse(scripts.group(1).contains("unsafe"), policy);
        assertTrue(scripts.group(1).contains("'nonce-"), "PrimeFaces' nonce is part of the one policy: " + policy);

        try (Browser browser = Browser.start("es")) {
            ((ChromeDriver) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "window.__csp = []; document.addEventListener('securitypolicyviolation',"
                            + " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile"
                            + " + ':' + e.lineNumber));"));
            browser.open("login.xhtml").login("jefe", Browser.DEMO_PASSWORD);
            assertNoViolations(browser, "home");
            for (String page : List.of("clients/list.xhtml", "visits/list.xhtml", "requirements/list.xhtml",
                    "training/courses/list.xhtml", "training/calendar.xhtml", "releases/list.xhtml", "profile.xhtml")) {
                browser.open(page);
                browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("sidemenu")));
                assertNoViolations(browser, page);
            }
            // an Ajax round trip with PrimeFaces' handlers (the top bar's client search)
            browser.type("topbar:search_input", "an");
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("topbar:search_panel")));
            assertNoViolations(browser, "client search");
            browser.screenshot("security-csp-strict");
        }
    }

    @Test
    @DisplayName("#16.3 the session cookie is SameSite=Lax and HttpOnly")
    void sessionCookieSameSite() {
        List<String> cookies = new PortalHttp().get("login.xhtml").headers().allValues("Set-Cookie");
        String session = cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse("");
        assertTrue(session.toLowerCase().contains("samesite=lax"), cookies.toString());
        assertTrue(session.toLowerCase().contains("httponly"), cookies.toString());
    }

    @Test
    @DisplayName("#16.4 an unknown user is answered like a known one and locked after the same number of failures")
    void unknownUserLockedLikeKnown() {
        try (Browser browser = Browser.start("es")) {
            String nobody = "nadie" + System.nanoTime() % 100000;
            browser.open("login.xhtml");
            for (int i = 1; i < 5; i++) {
                browser.submitLogin(nobody, "wrong-password-" + i);
                browser.awaitMessage("Usuario o contraseña incorrectos");
            }
            browser.submitLogin(nobody, "wrong-password-5");
            assertTrue(browser.awaitMessage("Demasiados intentos").contains("Demasiados intentos"),
                    "the fifth failure locks an unknown name, as it locks a real account (LOGIN_MAX_FAILURES = 5)");
            browser.screenshot("security-unknown-user-locked");
        }
    }

    @Test
    @DisplayName("#16.5 a common password (qwerty1234, letmein123) is refused when a user changes theirs")
    void commonPasswordRefused() {
        try (Browser browser = Browser.start("es")) {
            browser.open("login.xhtml").login("gerente", Browser.DEMO_PASSWORD);
            for (String common : List.of("qwerty1234", "letmein123")) {
                browser.open("profile.xhtml");
                browser.type("password:current", Browser.DEMO_PASSWORD);
                browser.type("password:next", common);
                browser.type("password:repeat", common);
                browser.driver().findElement(By.id("password:change")).click();
                assertTrue(browser.awaitMessage("demasiado común").contains("demasiado común"), common);
            }
        }
        assertTrue(new PortalHttp().login("gerente", Browser.DEMO_PASSWORD), "the password did not change");
    }

    @Test
    @DisplayName("#16.8 malformed ids answer 404 with the portal's page; a forged ViewState 400; a non-number a field message")
    void malformedInput() {
        PortalHttp jefe = new PortalHttp();
        assertTrue(jefe.login("jefe", Browser.DEMO_PASSWORD));
        for (String page : List.of("clients/view", "clients/edit", "visits/view", "visits/edit", "followups/view",
                "requirements/view", "quotes/view", "quotes/edit", "releases/view", "releases/campaign",
                "training/courses/view", "training/editions/view", "agreements/regularization")) {
            for (String id : List.of("abc", "1e99", "99999999999999999999999")) {
                HttpResponse<String> answer = jefe.get(page + ".xhtml?id=" + id);
                assertEquals(404, answer.statusCode(), page + "?id=" + id);
                assertTrue(answer.body().contains("id=\"error-title\""), page + "?id=" + id + " shows the portal's page");
            }
        }
        HttpResponse<String> forged = jefe.post("profile.xhtml", Map.of("password", "password",
                "jakarta.faces.ViewState", "-1234567890:987654321", "password:change", ""));
        assertEquals(400, forged.statusCode(), "a forged ViewState");
        assertTrue(forged.body().contains("id=\"error-reload\""), "the page-expired page: " + forged.body());

        try (Browser browser = Browser.start("es")) {
            browser.open("login.xhtml").login("jefe", Browser.DEMO_PASSWORD);
            browser.open("training/courses/view.xhtml");
            browser.type("course:code", "NAN-" + System.nanoTime() % 10000);
            browser.type("course:title", "Curso con duración inválida");
            browser.type("course:duration_input", "8");
            // what a hand-made request posts (the widget itself only sends digits): the hidden value replaced by "abc"
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "var h = document.getElementById('course:duration_hinput'); h.removeAttribute('name');"
                            + " var f = document.createElement('input'); f.type = 'hidden';"
                            + " f.name = 'course:duration_hinput'; f.value = 'abc'; h.form.appendChild(f);");
            browser.driver().findElement(By.id("course:save")).click();
            assertTrue(browser.awaitMessage("Ingrese un número válido").contains("Duración"),
                    "the message names the field");
            assertEquals("Curso con duración inválida",
                    browser.driver().findElement(By.id("course:title")).getAttribute("value"), "what was typed stays");
            browser.screenshot("security-number-field-message");
        }
    }

    @Test
    @DisplayName("#16.10 the 403 page and the anonymous redirect to login carry the security headers; an auditor gets no edit form")
    void headersOnRefusalsAndNoEditFormsForAuditors() {
        HttpResponse<String> redirect = new PortalHttp().get("admin/users.xhtml");
        assertEquals(302, redirect.statusCode());
        assertHeaders(redirect, "the redirect to login");

        PortalHttp auditor = new PortalHttp();
        assertTrue(auditor.login("auditor", Browser.DEMO_PASSWORD));
        HttpResponse<String> refused = auditor.get("clients/edit.xhtml");
        assertEquals(403, refused.statusCode(), "an auditor is refused the client form");
        assertHeaders(refused, "the 403 page");
        assertTrue(refused.body().contains("id=\"error-title\""));

        Matcher client = Pattern.compile("clients/view.xhtml\\?id=(\\d+)").matcher(auditor.get("clients/list.xhtml").body());
        assertTrue(client.find(), "the client list links to a client");
        String view = auditor.get("clients/view.xhtml?id=" + client.group(1)).body();
        assertFalse(view.contains("clients/edit.xhtml"), "no link to the client form for an auditor");
        assertFalse(auditor.get("admin/users.xhtml").body().contains("admin/user-edit.xhtml"),
                "no link to the user form for an auditor");
    }

    @Test
    @DisplayName("#16 sessions: a password change ends the user's other sessions, not the one it was made in")
    void passwordChangeEndsOtherSessions() {
        PortalHttp other = new PortalHttp();
        assertTrue(other.login("rd", Browser.DEMO_PASSWORD));
        assertEquals(200, other.get("index.xhtml").statusCode());
        String changed = "otra clave larga " + System.nanoTime() % 1000;
        try (Browser browser = Browser.start("es")) {
            browser.open("login.xhtml").login("rd", Browser.DEMO_PASSWORD);
            changePassword(browser, Browser.DEMO_PASSWORD, changed);
            HttpResponse<String> after = other.get("index.xhtml");
            assertEquals(302, after.statusCode(), "the other session ended");
            assertTrue(after.headers().firstValue("Location").orElse("").contains("login.xhtml"));
            browser.open("index.xhtml");
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("sidemenu")));
            changePassword(browser, changed, Browser.DEMO_PASSWORD); // back, for the other tests
        }
    }

    private static void changePassword(Browser browser, String current, String next) {
        browser.open("profile.xhtml");
        browser.type("password:current", current);
        browser.type("password:next", next);
        browser.type("password:repeat", next);
        browser.driver().findElement(By.id("password:change")).click();
        browser.awaitMessage("contraseña");
        browser.await().until(d -> d.findElement(By.id("messages")).getText().contains("cambi"));
    }

    private static void assertHeaders(HttpResponse<String> answer, String what) {
        for (String header : HEADERS) {
            assertTrue(answer.headers().firstValue(header).isPresent(), what + " lacks " + header);
        }
        assertFalse(answer.headers().firstValue("Content-Security-Policy").orElse("").contains("unsafe-eval"), what);
    }

    private static void assertNoViolations(Browser browser, String where) {
        Object violations = ((JavascriptExecutor) browser.driver()).executeScript("return window.__csp || [];");
        assertEquals(List.of(), violations, "CSP violations on " + where);
    }
}
