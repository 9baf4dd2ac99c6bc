package app.vinculo.system;

import app.vinculo.system.ApiEndpoints.Operation;
import app.vinculo.system.ApiFuzzCases.Case;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input to every REST endpoint (issue #16): each operation of the OpenAPI document gets malformed and oversized
 * ids, bad query parameters, malformed, oversized and mistyped bodies, wrong content types and methods, and missing,
 * forged, revoked or under-scoped tokens. Never a 5xx, every 4xx a problem+json, nothing written (the audit trail as
 * the auditor sees it; the API's own call log is not a business record and is not audited).
 */
@Tag("fuzz") // run by its own failsafe execution, after every other system test
@DisplayName("Bad input to every REST endpoint (issue #16)")
class RestFuzzST {

    private static final FuzzReport REPORT = new FuzzReport("rest-fuzz");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final Map<String, String> IDS = new LinkedHashMap<>();
    private static final String FOLLOW_UP = "{\"occurredAt\":\"2020-01-02T13:30:00Z\",\"channel\":\"CALL\","
            + "\"nature\":\"COMMERCIAL\",\"summary\":\"Llamado del fuzzer\"}";
    private static final String ASSISTANCE = "{\"description\":\"Pedido del fuzzer\"}";

    private static String reader;
    private static String writer;
    private static String revoked;
    private static List<Operation> operations;
    private static AuditWatch watch;

    @BeforeAll
    static void accountsAndIds() throws Exception {
        try (Browser admin = Browser.start("es")) {
            admin.open("login.xhtml").login("admin", Browser.DEMO_PASSWORD);
            reader = ServiceAccountsPage.open(admin).create(ServiceAccountsPage.unique("fuzz-lector"), true, false, 10_000);
            writer = ServiceAccountsPage.open(admin).create(ServiceAccountsPage.unique("fuzz-erp"), true, true, 10_000);
            String gone = ServiceAccountsPage.unique("fuzz-revocada");
            revoked = ServiceAccountsPage.open(admin).create(gone, true, true, 10_000);
            ServiceAccountsPage.open(admin).revoke(gone);
        }
        operations = ApiEndpoints.fromOpenApi();
        // the first client, whatever its name: the form fuzzer's pass B may have renamed any
        Map<?, ?> client = (Map<?, ?>) ((List<?>) ApiClient.get("clients?size=1", reader).json().get("items")).get(0);
        IDS.put("id", String.valueOf(((Number) client.get("id")).longValue()));
        List<Object> followUps = ApiClient.get("clients/" + IDS.get("id") + "/follow-ups?size=1", reader).list();
        IDS.put("followUpId", followUps.isEmpty() ? "1"
                : String.valueOf(((Number) ((Map<?, ?>) followUps.get(0)).get("id")).longValue()));
        watch = new AuditWatch();
    }

    @Test
    @DisplayName("the OpenAPI document lists every endpoint the fuzzer must cover")
    void openApiListsTheEndpoints() {
        List<String> listed = operations.stream().map(Operation::toString).toList();
        for (String expected : List.of("GET ping", "GET clients", "GET clients/{id}", "GET clients/{id}/entitlement",
                "GET clients/{id}/timeline", "GET clients/{id}/follow-ups", "GET clients/{id}/follow-ups/{followUpId}",
                "POST clients/{id}/follow-ups", "POST clients/{id}/assistance-requests")) {
            assertTrue(listed.contains(expected), expected + " in " + listed);
        }
    }

    @TestFactory
    @DisplayName("every operation: bad ids, parameters, bodies, content types and methods — a 4xx problem, nothing written")
    Stream<DynamicTest> everyOperation() {
        return operations.stream().map(op -> DynamicTest.dynamicTest(op.toString(), () -> {
            REPORT.endpoint(op.toString());
            String token = "POST".equals(op.method()) ? writer : reader;
            for (Case c : ApiFuzzCases.of(op, IDS, body(op))) {
                check(op + " " + c.label(), c, "Bearer " + token, true);
            }
            assertNoProblems(op.toString());
        }));
    }

    @TestFactory
    @DisplayName("every operation: no, forged, revoked, malformed or read-only tokens — 401/403 problems, nothing written")
    Stream<DynamicTest> everyOperationRefusesBadTokens() {
        return operations.stream().filter(op -> !op.path().equals("ping")).map(op -> DynamicTest.dynamicTest(
                op.toString(), () -> {
                    String path = op.path().replace("{id}", IDS.get("id")).replace("{followUpId}", IDS.get("followUpId"));
                    Case valid = new Case("valid", op.method(), path, op.body() ? "application/json" : null, body(op));
                    Map<String, Integer> tokens = new LinkedHashMap<>();
                    tokens.put(null, 401);
                    tokens.put("Bearer ", 401);
                    tokens.put("Bearer vnc_" + "x".repeat(43), 401);
                    tokens.put("Bearer " + revoked, 401);
                    tokens.put("Bearer " + reader.substring(0, reader.length() - 1), 401);
                    tokens.put("Bearer " + "x".repeat(7_000), 401);
                    tokens.put("Bearer " + "x".repeat(10_000), 400); // over the listener's header buffer
                    tokens.put("Basic " + java.util.Base64.getEncoder().encodeToString("admin:vinculo-demo".getBytes()), 401);
                    tokens.put(reader, 401); // without the scheme
                    if ("POST".equals(op.method())) {
                        tokens.put("Bearer " + reader, 403); // another account's token, read scope only
                    }
                    tokens.forEach((authorization, status) -> {
                        ApiClient.Answer answer = check(op + " with " + label(authorization), valid, authorization, false);
                        if (answer.status() != status) {
                            REPORT.problem(op + " with " + label(authorization) + " answered " + answer.status()
                                    + ", not " + status);
                        }
                    });
                    assertNoProblems(op + " tokens");
                }));
    }

    @AfterAll
    static void writeReport() {
        REPORT.write();
        System.out.println(REPORT.summary());
    }

    private static String body(Operation op) {
        return !op.body() ? null : op.path().endsWith("follow-ups") ? FOLLOW_UP : ASSISTANCE;
    }

    /** Sends the case and records every problem: a 5xx, the server's insides, a 4xx that is not a problem, a write. */
    private static ApiClient.Answer check(String what, Case c, String authorization, boolean mustFail) {
        boolean writes = "POST".equals(c.method());
        String before = writes ? watch.snapshot() : null;
        ApiClient.Answer answer = send(c, authorization);
        List<String> problems = new ArrayList<>();
        if (answer.status() >= 500) {
            problems.add(what + " answered " + answer.status() + ": " + FuzzChecks.clip(String.valueOf(answer.body())));
        }
        String insides = FuzzChecks.insides(answer.body());
        if (insides != null) {
            problems.add(what + " shows \"" + insides + "\"");
        }
        boolean listener = answer.status() == 400 && answer.contentType() == null && answer.body().isEmpty();
        if (listener && refusedByTheListener(c, authorization)) {
            REPORT.post(what, answer.status(), "refused 400 by the HTTP listener", problems);
            return answer;
        }
        if (answer.status() >= 400 && !(answer.isProblem() && answer.body().contains("\"type\":\"urn:vinculo:problem:")
                && answer.body().contains("\"title\""))) {
            problems.add(what + " answered " + answer.status() + " without a problem+json body: " + answer.contentType()
                    + " " + FuzzChecks.clip(String.valueOf(answer.body())));
        }
        if (mustFail && writes && answer.status() < 400) {
            problems.add(what + " was accepted: " + answer.status());
        }
        if (writes) {
            String after = watch.snapshot();
            if (!after.equals(before)) {
                problems.add(what + " WROTE: before [" + before + "], after [" + after + "]");
            }
        }
        REPORT.post(what, answer.status(), answer.status() < 400 ? "accepted" : "refused " + answer.status(), problems);
        return answer;
    }

    /**
     * What Payara's HTTP listener refuses itself, before any filter of the application runs, with a bare 400 (no
     * body, no server name): a URI with an encoded NUL, a request line or header over its 8 KiB buffer, a GET or
     * DELETE with a body. Such a request never reaches the API, so it cannot get a problem+json answer.
     */
    private static boolean refusedByTheListener(Case c, String authorization) {
        return c.path().contains("%00") || c.path().length() > 8_000
                || authorization != null && authorization.length() > 8_000
                || c.body() != null && ("GET".equals(c.method()) || "DELETE".equals(c.method()));
    }

    private static ApiClient.Answer send(Case c, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ApiClient.API + c.path()))
                .timeout(Duration.ofSeconds(60)).header("Accept-Language", "es-AR")
                .method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(c.body()));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiClient.Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null),
                    r.headers().map(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(c.method() + " " + c.path(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String label(String authorization) {
        return authorization == null ? "no token" : "'" + FuzzChecks.clip(authorization.replace(writer, "<erp>")
                .replace(reader, "<lector>").replace(revoked, "<revocada>")) + "'";
    }

    private static void assertNoProblems(String what) {
        List<String> problems = REPORT.takeProblems();
        REPORT.write();
        assertEquals(List.of(), problems, what + ": " + problems.size() + " problems");
    }
}
