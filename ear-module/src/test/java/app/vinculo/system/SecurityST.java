package app.vinculo.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The findings of the security review (issue #16), one test each, against the deployed EAR and its domain. */
@DisplayName("Security hardening (issue #16)")
class SecurityST {

    private static final int HTTP_PORT = URI.create(Browser.BASE_URL).getPort();
    private static final int ADMIN_PORT = Integer.getInteger("test.admin.port", 14848);
    private static final String[] HEADERS = {"Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
            "Referrer-Policy"};

    @Test
    @DisplayName("#16.1 the admin listener answers on the loopback interface only")
    void adminListenerOnLoopbackOnly() throws IOException {
        assertTrue(connects(InetAddress.getLoopbackAddress(), ADMIN_PORT), "asadmin reaches the admin port locally");
        Optional<InetAddress> external = externalAddress();
        assumeTrue(external.isPresent(), "this machine has a non-loopback address");
        assertTrue(connects(external.get(), HTTP_PORT), "the portal answers on " + external.get());
        assertFalse(connects(external.get(), ADMIN_PORT), "the admin port must not answer on " + external.get());
    }

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
                    "training/courses.xhtml", "training/calendar.xhtml", "releases/list.xhtml", "profile.xhtml")) {
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
    @DisplayName("#16.6 /metrics and /openapi need the operator role; readiness and liveness stay open")
    void operatorEndpoints() throws Exception {
        PortalHttp anonymous = new PortalHttp();
        for (String endpoint : List.of("metrics", "openapi")) {
            HttpResponse<String> plain = anonymous.get("http://localhost:" + HTTP_PORT + "/" + endpoint);
            assertNotEquals(200, plain.statusCode(), endpoint + " over plain HTTP");
            String https = "https://localhost:" + (ADMIN_PORT + 1) + "/" + endpoint;
            assertEquals(401, https(https, null).statusCode(), endpoint + " anonymous");
            assertEquals(401, https(https, "mp:mp").statusCode(), endpoint + " with Payara's default user");
            String password = Files.readString(Path.of(System.getProperty("test.data.dir"), "operator-password")).trim();
            assertEquals(200, https(https, "operator:" + password).statusCode(), endpoint + " as the operator");
        }
        assertEquals(200, anonymous.get("http://localhost:" + HTTP_PORT + "/health/ready").statusCode());
        assertEquals(200, anonymous.get("http://localhost:" + HTTP_PORT + "/health/live").statusCode());
    }

    @Test
    @DisplayName("#16.7 no error page shows the server's name or version, inside or outside the application")
    void noServerVersion() {
        PortalHttp http = new PortalHttp();
        assertTrue(http.login("jefe", Browser.DEMO_PASSWORD));
        for (String url : List.of("http://localhost:" + HTTP_PORT + "/no-such-context",
                "http://localhost:" + HTTP_PORT + "/vinculo/no-such-page.xhtml",
                "http://localhost:" + HTTP_PORT + "/vinculo/no-such-file.txt")) {
            HttpResponse<String> answer = http.get(url);
            assertEquals(404, answer.statusCode(), url);
            assertFalse(answer.body().contains("Payara"), url + ": " + answer.body());
            assertFalse(answer.body().matches("(?s).*\\b6\\.20\\d\\d\\.\\d+.*"), url + ": " + answer.body());
            assertTrue(answer.headers().firstValue("Server").isEmpty(), url);
            assertTrue(answer.headers().firstValue("X-Powered-By").isEmpty(), url);
        }
    }

    @Test
    @DisplayName("#16.8 malformed ids answer 404 with the portal's page; a forged ViewState 400; a non-number a field message")
    void malformedInput() {
        PortalHttp jefe = new PortalHttp();
        assertTrue(jefe.login("jefe", Browser.DEMO_PASSWORD));
        for (String page : List.of("clients/view", "clients/edit", "visits/view", "visits/edit", "followups/view",
                "requirements/view", "quotes/view", "quotes/edit", "releases/view", "releases/campaign",
                "training/course", "training/edition", "agreements/regularization")) {
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
            browser.open("training/course.xhtml");
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

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 3000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static Optional<InetAddress> externalAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** HTTPS to the test server's self-signed listener, optionally with HTTP Basic credentials "user:password". */
    /** A GET over HTTPS to the test server (self-signed certificate), with HTTP Basic credentials when given. */
    static HttpResponse<String> https(String url, String credentials, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newBuilder().sslContext(trustingTheTestServer()).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static SSLContext trustingTheTestServer() throws GeneralSecurityException {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                // test server only
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // the test server's self-signed certificate
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[]{trustAll}, null);
        return context;
    }
}
