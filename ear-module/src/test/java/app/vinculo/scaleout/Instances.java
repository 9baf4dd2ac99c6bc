package app.vinculo.scaleout;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.awaitility.Awaitility.await;

/** Brings the group back to two running instances before a test (a test may have stopped one). */
final class Instances {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private Instances() {
    }

    static boolean answers(int n) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(Group.origin(n) + "/vinculo/login.xhtml"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    static void ensureRunning() throws Exception {
        for (int n = 1; n <= 2; n++) {
            if (!answers(n)) {
                Group.startInstance(n);
                int i = n;
                // a restarted instance deploys the EAR again: minutes on a loaded 2-core machine
                await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofSeconds(2)).until(() -> answers(i));
            }
        }
    }
}
