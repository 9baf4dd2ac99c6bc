package app.vinculo.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REST API against the deployed EAR with demo data, with tokens an admin created in the portal. */
@DisplayName("REST API /api/v1 (PRODUCT.md §9, R1.3)")
class RestApiST {

    private static String reader;
    private static String writer;
    private static String limited;

    @BeforeAll
    static void serviceAccounts() {
        try (Browser admin = Browser.start("es")) {
            admin.open("login.xhtml").login("admin", Browser.DEMO_PASSWORD);
            reader = ServiceAccountsPage.open(admin).create(ServiceAccountsPage.unique("lector"), true, false, 10_000);
            writer = ServiceAccountsPage.open(admin).create(ServiceAccountsPage.unique("erp"), true, true, 10_000);
            limited = ServiceAccountsPage.open(admin).create(ServiceAccountsPage.unique("lento"), true, false, 3);
        }
    }

    @Test
    @DisplayName("the client list searches, pages and counts; page and size out of bounds are 400 naming the parameter")
    void clientListPagesWithinBounds() {
        ApiClient.Answer page = ApiClient.get("clients?page=0&size=5", reader);
        assertEquals(200, page.status(), page.toString());
        Map<String, Object> json = page.json();
        assertEquals(5, ((List<?>) json.get("items")).size());
        assertTrue(((Number) json.get("total")).intValue() >= 30, json.toString());

        ApiClient.Answer search = ApiClient.get("clients?q=fabrica", reader);
        assertTrue(search.body().contains("Fábrica Sur S.A."), search.toString());

        for (String bad : List.of("size=0", "size=101", "page=-1", "page=abc", "size=1e3")) {
            ApiClient.Answer refused = ApiClient.get("clients?" + bad, reader);
            assertEquals(400, refused.status(), bad + " → " + refused);
            assertTrue(refused.isProblem(), refused.toString());
            String field = bad.substring(0, bad.indexOf('='));
            assertTrue(refused.body().contains("\"field\":\"" + field + "\""), refused.toString());
        }
    }

    @Test
    @DisplayName("a client by id carries contacts, agreements and today's entitlement; by tax id finds the same client; "
            + "unknown ids are 404 problems")
    void clientByIdAndTaxId() {
        long id = clientId("Fábrica Sur");
        ApiClient.Answer client = ApiClient.get("clients/" + id, reader);
        assertEquals(200, client.status(), client.toString());
        Map<String, Object> json = client.json();
        assertFalse(((List<?>) json.get("contacts")).isEmpty(), json.toString());
        assertTrue(client.body().contains("\"type\":\"SUPPORT_MAINTENANCE\""), client.toString());
        assertEquals(Boolean.TRUE, ((Map<?, ?>) json.get("entitlementToday")).get("allowed"));

        String taxId = (String) json.get("taxId");
        ApiClient.Answer byTax = ApiClient.get("clients?taxId=" + taxId.replace("-", ""), reader);
        assertEquals(200, byTax.status(), byTax.toString());
        List<?> found = (List<?>) byTax.json().get("items");
        assertEquals(1, found.size(), byTax.toString());
        assertEquals(id, ((Number) ((Map<?, ?>) found.get(0)).get("id")).longValue());
        assertEquals(0, ((Number) ApiClient.get("clients?taxId=30999999990", reader).json().get("total")).intValue());

        ApiClient.Answer unknown = ApiClient.get("clients/999999999", reader);
        assertEquals(404, unknown.status(), unknown.toString());
        assertTrue(unknown.isProblem());
        assertEquals("urn:vinculo:problem:error.notFound.client", unknown.json().get("type"));
        assertEquals("No encontrado", unknown.json().get("title"));
        assertEquals(404, ApiClient.get("clients/not-a-number", reader).status());
        assertEquals(404, ApiClient.get("no-such-thing", reader).status());
    }

    @Test
    @DisplayName("R1.3 entitlement: active A&M allowed; expired, cancelled and never-had refused with the reason, in "
            + "the caller's language")
    void entitlementForEachAgreementState() {
        Map<String, Object> active = entitlement("Fábrica Sur", "es");
        assertEquals(Boolean.TRUE, active.get("allowed"), active.toString());
        assertNull(active.get("reason"));
        assertNotNull(active.get("coveredUntil"));

        Map<String, Object> expired = entitlement("Metalúrgica Andina", "es");
        assertEquals(Boolean.FALSE, expired.get("allowed"));
        assertEquals("EXPIRED", expired.get("reason"));
        assertTrue(((String) expired.get("message")).contains("venció el"), expired.toString());

        Map<String, Object> cancelled = entitlement("Agropecuaria Los Álamos", "en");
        assertEquals("CANCELLED", cancelled.get("reason"), cancelled.toString());
        assertTrue(((String) cancelled.get("message")).contains("cancelled"), cancelled.toString());

        Map<String, Object> never = entitlement("Laboratorios Cóndor", "es");
        assertEquals("NO_AGREEMENT_EVER", never.get("reason"), never.toString());

        long fabrica = clientId("Fábrica Sur");
        ApiClient.Answer longAgo = ApiClient.get("clients/" + fabrica + "/entitlement?date=1990-01-01", reader);
        assertEquals(Boolean.FALSE, longAgo.json().get("allowed"), longAgo.toString());
        ApiClient.Answer badDate = ApiClient.get("clients/" + fabrica + "/entitlement?date=02/12/2026", reader);
        assertEquals(400, badDate.status(), badDate.toString());
        assertTrue(badDate.body().contains("\"field\":\"date\""), badDate.toString());
    }

    @Test
    @DisplayName("an assistance request passes the portal's gate: allowed for active A&M, refused and referred to the "
            + "PMs (a regularisation case) for an expired one")
    void assistanceRequestsPassTheGate() {
        ApiClient.Answer allowed = ApiClient.post("clients/" + clientId("Fábrica Sur") + "/assistance-requests", writer,
                "{\"description\":\"No puede cerrar el período en Contabilidad\"}");
        assertEquals(201, allowed.status(), allowed.toString());
        assertEquals(Boolean.TRUE, allowed.json().get("allowed"));

        ApiClient.Answer refused = ApiClient.post("clients/" + clientId("Metalúrgica Andina") + "/assistance-requests",
                writer, "{\"description\":\"Error al emitir remitos\"}");
        assertEquals(201, refused.status(), refused.toString());
        assertEquals(Boolean.FALSE, refused.json().get("allowed"));
        assertEquals("EXPIRED", refused.json().get("reason"));
        assertNotNull(refused.json().get("regularizationCaseId"), refused.toString());
    }

    @Test
    @DisplayName("a follow-up is registered as the service account and read back; a technical one for a client "
            + "without A&M is refused (R1.3) with 409; the timeline shows what happened")
    void followUpsAndTimeline() {
        long id = clientId("Fábrica Sur");
        ApiClient.Answer created = ApiClient.post("clients/" + id + "/follow-ups", writer,
                "{\"occurredAt\":\"2020-01-02T13:30:00Z\",\"channel\":\"CALL\",\"nature\":\"COMMERCIAL\","
                        + "\"summary\":\"Llamado desde el ERP por la renovación\"}");
        assertEquals(201, created.status(), created.toString());
        String location = created.header("Location");
        assertTrue(location.contains("/api/v1/clients/" + id + "/follow-ups/"), location);
        assertTrue(((String) created.json().get("author")).startsWith("api:erp-"), created.toString());
        ApiClient.Answer back = ApiClient.absolute(location);
        assertEquals(401, back.status(), "no token, no answer");
        long followUpId = ((Number) created.json().get("id")).longValue();
        ApiClient.Answer one = ApiClient.get("clients/" + id + "/follow-ups/" + followUpId, reader);
        assertEquals("Llamado desde el ERP por la renovación", one.json().get("summary"), one.toString());
        assertEquals(404, ApiClient.get("clients/" + clientId("Metalúrgica Andina") + "/follow-ups/" + followUpId,
                reader).status());

        ApiClient.Answer technical = ApiClient.post("clients/" + clientId("Laboratorios Cóndor") + "/follow-ups", writer,
                "{\"occurredAt\":\"2020-01-02T13:30:00Z\",\"channel\":\"CALL\",\"nature\":\"TECHNICAL\","
                        + "\"summary\":\"Soporte por teléfono\"}");
        assertEquals(409, technical.status(), technical.toString());
        assertEquals("urn:vinculo:problem:gate.refused.NO_AGREEMENT_EVER", technical.json().get("type"));

        ApiClient.Answer timeline = ApiClient.get("clients/" + id + "/timeline?max=200", reader);
        assertEquals(200, timeline.status(), timeline.toString());
        assertFalse(timeline.list().isEmpty());
        assertEquals(400, ApiClient.get("clients/" + id + "/timeline?max=0", reader).status());
    }

    @Test
    @DisplayName("without a token 401, with a bogus one 401, a read-only token cannot POST (403)")
    void tokensAndScopes() {
        ApiClient.Answer none = ApiClient.get("clients", null);
        assertEquals(401, none.status());
        assertTrue(none.isProblem() && none.header("WWW-Authenticate").startsWith("Bearer"), none.toString());
        assertEquals("urn:vinculo:problem:problem.token.missing", none.json().get("type"));
        assertEquals(401, ApiClient.get("clients", "vnc_" + "x".repeat(43)).status());
        assertEquals(401, ApiClient.get("clients", "not-even-a-token").status());

        ApiClient.Answer readOnly = ApiClient.post("clients/" + clientId("Fábrica Sur") + "/follow-ups", reader,
                "{\"occurredAt\":\"2020-01-02T13:30:00Z\",\"channel\":\"CALL\",\"nature\":\"COMMERCIAL\",\"summary\":\"x\"}");
        assertEquals(403, readOnly.status(), readOnly.toString());
        assertEquals("urn:vinculo:problem:problem.scope.write", readOnly.json().get("type"));
        assertEquals("ping", ApiClient.get("ping", null).status() == 200 ? "ping" : "down");
    }

    @Test
    @DisplayName("malformed JSON, wrong types, unknown fields, huge bodies, wrong media types and methods are 4xx "
            + "problems, never 500")
    void badInputIsAProblemNeverA500() {
        String path = "clients/" + clientId("Fábrica Sur") + "/follow-ups";
        ApiClient.Answer malformed = ApiClient.post(path, writer, "{\"summary\": ");
        assertEquals(400, malformed.status(), malformed.toString());
        assertEquals("urn:vinculo:problem:problem.body.malformed", malformed.json().get("type"));

        ApiClient.Answer types = ApiClient.post(path, writer, "{\"occurredAt\":12,\"channel\":\"FAX\",\"nature\":true,"
                + "\"summary\":\"ok\",\"contactIds\":\"uno\",\"nextActionDue\":\"mañana\",\"colour\":\"red\"}");
        assertEquals(400, types.status(), types.toString());
        for (String field : List.of("occurredAt", "channel", "nature", "contactIds", "nextActionDue", "colour")) {
            assertTrue(types.body().contains("\"field\":\"" + field + "\""), field + " in " + types);
        }
        assertTrue(types.body().contains("CALL, EMAIL"), types.toString());

        assertEquals(400, ApiClient.post(path, writer, "[1,2]").status());
        assertEquals(400, ApiClient.post(path, writer, "").status());
        ApiClient.Answer huge = ApiClient.post(path, writer, "{\"summary\":\"" + "x".repeat(200_000) + "\"}");
        assertEquals(413, huge.status(), huge.status() + " " + huge.contentType());
        assertTrue(huge.isProblem());
        ApiClient.Answer text = ApiClient.post(path, writer, "text/plain", "hola");
        assertEquals(415, text.status(), text.toString());
        assertTrue(text.isProblem());
        ApiClient.Answer delete = ApiClient.method("DELETE", "clients/" + clientId("Fábrica Sur"), writer);
        assertEquals(405, delete.status(), delete.toString());
        assertTrue(delete.isProblem());
        ApiClient.Answer html = ApiClient.get("clients", reader, "Accept", "text/html");
        assertEquals(406, html.status(), html.toString());
        assertTrue(html.isProblem());
    }

    @Test
    @DisplayName("an account over its requests per minute gets 429 with Retry-After")
    void rateLimit() {
        List<ApiClient.Answer> answers = IntStream.range(0, 10).mapToObj(i -> ApiClient.get("clients?size=1", limited))
                .toList();
        ApiClient.Answer tooMany = answers.stream().filter(a -> a.status() == 429).findFirst().orElseThrow(
                () -> new AssertionError(answers.stream().map(ApiClient.Answer::status).toList().toString()));
        assertTrue(tooMany.isProblem());
        assertNotNull(tooMany.header("Retry-After"));
        assertTrue(answers.stream().filter(a -> a.status() == 200).count() <= 6);
    }

    @Test
    @DisplayName("Payara serves the OpenAPI document with the API's paths and examples, and the metrics count "
            + "requests and the outbox depth")
    void openApiAndMetrics() throws Exception {
        ApiClient.get("clients?size=1", reader);
        // operators' endpoints: the operator user over HTTPS (issue #16, finding 6)
        String root = "https://localhost:" + (Integer.getInteger("test.admin.port", 14848) + 1) + "/";
        String operator = "operator:" + java.nio.file.Files.readString(java.nio.file.Path.of(
                System.getProperty("test.data.dir"), "operator-password")).trim();
        java.net.http.HttpResponse<String> openapi = PortalHttp.https(root + "openapi", operator, "Accept", "application/json");
        assertEquals(200, openapi.statusCode(), openapi.body());
        assertTrue(openapi.body().contains("/api/v1/clients/{id}/entitlement"), openapi.body());
        assertTrue(openapi.body().contains("Vínculo API"), "the API's title");
        assertTrue(openapi.body().contains("NO_AGREEMENT_EVER"), "the entitlement's reasons are documented");
        assertTrue(openapi.body().contains("Corresponde asistir a Fábrica Sur"), "with examples");
        java.net.http.HttpResponse<String> metrics = PortalHttp.https(root + "metrics", operator);
        assertEquals(200, metrics.statusCode(), metrics.body());
        assertTrue(metrics.body().contains("vinculo_api_requests_total"), metrics.body());
        assertTrue(metrics.body().contains("vinculo_outbox_pending"), metrics.body());
    }

    private static long clientId(String name) {
        ApiClient.Answer found = ApiClient.get("clients?size=5&q=" + java.net.URLEncoder.encode(name,
                java.nio.charset.StandardCharsets.UTF_8), reader);
        return ((List<?>) found.json().get("items")).stream().map(o -> (Map<?, ?>) o)
                .filter(c -> ((String) c.get("legalName")).startsWith(name))
                .map(c -> ((Number) c.get("id")).longValue()).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + found));
    }

    private static Map<String, Object> entitlement(String name, String language) {
        ApiClient.Answer a = ApiClient.get("clients/" + clientId(name) + "/entitlement", reader, "Accept-Language",
                language);
        assertEquals(200, a.status(), a.toString());
        return a.json();
    }
}
