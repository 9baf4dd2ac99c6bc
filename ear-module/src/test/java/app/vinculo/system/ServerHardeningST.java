package app.vinculo.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static app.vinculo.system.PortalHttp.https;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The findings of the security review (issue #16) about the domain rather than the pages, one test each: the admin
 * listener, the operator's endpoints, the server's name and version.
 */
@DisplayName("Security hardening of the domain (issue #16)")
class ServerHardeningST {

    private static final int HTTP_PORT = URI.create(Browser.BASE_URL).getPort();
    private static final int ADMIN_PORT = Integer.getInteger("test.admin.port", 14848);

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
}
