package app.vinculo.system;

import org.openqa.selenium.json.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The REST API's operations as its OpenAPI document lists them (Payara's {@code /openapi}, read as the operator over
 * the test server's HTTPS listener, port admin + 1), so that the fuzzer walks every documented endpoint.
 */
final class ApiEndpoints {

    /** One operation: "GET", "clients/{id}/entitlement" (under /api/v1/), its query parameters, a JSON body or not. */
    record Operation(String method, String path, List<String> query, boolean body) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final String PREFIX = "/api/v1/";

    private ApiEndpoints() {
    }

    @SuppressWarnings("unchecked")
    static List<Operation> fromOpenApi() throws IOException, InterruptedException, GeneralSecurityException {
        int port = Integer.getInteger("test.admin.port", 14848) + 1;
        String password = Files.readString(Path.of(System.getProperty("test.data.dir"), "operator-password")).trim();
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/openapi"))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("operator:" + password).getBytes(StandardCharsets.UTF_8))).GET().build();
        HttpResponse<String> answer = HttpClient.newBuilder().sslContext(PortalHttp.trustingTheTestServer()).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("/openapi answered " + answer.statusCode() + ": " + answer.body());
        }
        Map<String, Object> document = new Json().toType(answer.body(), Map.class);
        List<Operation> operations = new ArrayList<>();
        ((Map<String, Object>) document.get("paths")).forEach((path, item) -> {
            if (path.startsWith(PREFIX)) {
                ((Map<String, Object>) item).forEach((method, op) -> {
                    if (op instanceof Map<?, ?> operation) {
                        List<String> query = new ArrayList<>();
                        Object parameters = operation.get("parameters");
                        for (Object p : parameters instanceof List<?> list ? list : List.of()) {
                            Map<String, Object> parameter = (Map<String, Object>) p;
                            if ("query".equals(parameter.get("in"))) {
                                query.add((String) parameter.get("name"));
                            }
                        }
                        operations.add(new Operation(method.toUpperCase(), path.substring(PREFIX.length()), query,
                                operation.containsKey("requestBody")));
                    }
                });
            }
        });
        return operations;
    }
}
