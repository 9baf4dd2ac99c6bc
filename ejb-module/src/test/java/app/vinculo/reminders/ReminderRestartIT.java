package app.vinculo.reminders;

import app.vinculo.testing.Deployments;
import app.vinculo.testing.ItUserServlet;
import app.vinculo.testing.ReminderProbe;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * R7.1 across deployments: an occurrence that became due while the application was not running is sent by the
 * timer after the application is deployed again, once — and deploying once more does not repeat it.
 * Runs as a client: the SMTP server (GreenMail) lives in the test JVM, the timer in the server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReminderRestartIT {

    @Deployment(name = "quiet", managed = false, testable = false)
    static WebArchive withoutTimer() {
        return Deployments.businessTier("restart-quiet", false, ReminderProbe.class, ItUserServlet.class);
    }

    @Deployment(name = "app", managed = false, testable = false)
    static WebArchive withTimer() {
        return Deployments.businessTier("restart-app", true, ReminderProbe.class, ItUserServlet.class);
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    @DisplayName("R7.1 a reminder due while the application was undeployed is sent after redeploy, once, and not again after another redeploy")
    void sentAfterRedeployOnce() throws Exception {
        String name = "restart" + UUID.randomUUID().toString().substring(0, 8);
        String email = name + "@example.com";
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("test.smtp.port", 3025), "127.0.0.1", "smtp"));
        smtp.start();
        try {
            deployer.deploy("quiet");
            HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                            "http://localhost:" + System.getProperty("test.http.port", "18080") + "/restart-quiet/it/users?name=" + name))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, created.statusCode(), created.body());
            deployer.undeploy("quiet");
            assertEquals(0, count(smtp, email), "nothing runs while the application is down");

            deployer.deploy("app");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> count(smtp, email) >= 1);
            await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(10)).until(() -> count(smtp, email) == 1);
            deployer.undeploy("app");

            deployer.deploy("app");
            await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(10)).until(() -> count(smtp, email) == 1);
            deployer.undeploy("app");
            assertEquals(1, count(smtp, email));
        } finally {
            smtp.stop();
        }
    }

    private static long count(GreenMail smtp, String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipientIs(m, email)).count();
    }

    private static boolean recipientIs(MimeMessage m, String email) {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(email));
        } catch (Exception e) {
            return false;
        }
    }
}
