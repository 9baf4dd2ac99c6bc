package app.vinculo.system;

import app.vinculo.system.ApiEndpoints.Operation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bad requests the REST fuzzer sends to one operation: malformed and oversized ids in the path, bad query
 * parameters, malformed and oversized bodies, wrong content types and other methods. Each case is a request that
 * must not succeed at writing anything (a POST case always has at least one thing wrong).
 */
final class ApiFuzzCases {

    /** One request; {@code contentType} and {@code body} null for none. */
    record Case(String label, String method, String path, String contentType, String body) {
    }

    static final List<String> BAD_IDS = List.of("abc", "-1", "0", "1e99", "9".repeat(30), "1.5", "%27%3B%20DROP",
            "%00", "0x10", "%201");
    static final List<String> BAD_VALUES = List.of("-1", "-2147483649", "99999999999999999999", "abc", "1e99", "NaN",
            "' OR '1'='1'; DROP TABLE CLIENT; --", "x".repeat(7_000), "x".repeat(10_000), "", "%00", "2026-02-31", "<script>alert(1)</script>");
    /** JSON a client must never manage to post: broken, the wrong shape, wrong types, too big, too deep. */
    static final List<String> BAD_BODIES = List.of("{", "{\"summary\": ", "[1,2]", "\"text\"", "null", "42", "true",
            "{\"summary\":\"a\",}", "{'summary':'single quotes'}", "{\"summary\":\"\\u0000\"}", "{\"summary\":12}",
            "{\"occurredAt\":\"2026-02-31T25:61:00Z\",\"channel\":\"CALL\",\"nature\":\"COMMERCIAL\",\"summary\":\"x\"}",
            "{\"description\":" + "1".repeat(400) + "}", "{\"contactId\":1e99,\"description\":\"x\"}",
            "{\"contactId\":\"abc\",\"description\":\"x\"}", "{\"contactIds\":[\"abc\",-1],\"summary\":\"x\"}",
            "[".repeat(5_000) + "]".repeat(5_000), "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000),
            "{\"description\":\"" + "x".repeat(60_000) + "\"}", "{\"description\":\"\\ud800\"}", "\u00ff\u00fe{}",
            "{\"description\":\"x\",\"description\":\"y\",\"extra\":{\"nested\":[1,2,3]}}");
    static final List<String> BAD_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/json; charset=nonsense", "*/*", "");
    static final String TWO_MEGABYTES = "{\"description\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";

    private ApiFuzzCases() {
    }

    /**
     * Every case for the operation. {@code ids} holds a real value for each path parameter ("id" a client,
     * "followUpId" one of its follow-ups) and {@code body} a valid JSON body for POSTs, so that each case has exactly
     * the one thing wrong it is named after (besides the POSTs' bodies, which are all wrong).
     */
    static List<Case> of(Operation op, Map<String, String> ids, String body) {
        List<Case> cases = new ArrayList<>();
        String valid = fill(op.path(), ids, null, null);
        String validBody = op.body() ? body : null;
        String json = op.body() ? "application/json" : null;
        for (String parameter : ids.keySet()) {
            if (op.path().contains("{" + parameter + "}")) {
                for (String bad : BAD_IDS) {
                    cases.add(new Case(parameter + "=" + bad, op.method(), fill(op.path(), ids, parameter, bad), json, validBody));
                }
            }
        }
        List<String> query = new ArrayList<>(op.query());
        query.add("sort");
        for (String parameter : query) {
            for (String bad : BAD_VALUES) {
                cases.add(new Case("?" + parameter + "=" + clip(bad), op.method(), valid + "?" + parameter + "="
                        + URLEncoder.encode(bad, StandardCharsets.UTF_8), json, op.body() ? BAD_BODIES.get(0) : null));
            }
        }
        if (!op.body()) {
            cases.add(new Case("page and size out of bounds", op.method(), valid + "?page=-1&size=1000000", null, null));
            cases.add(new Case("page huge", op.method(), valid + "?page=2147483648&size=100", null, null));
            cases.add(new Case("a body on a GET", op.method(), valid, "application/json", BAD_BODIES.get(0)));
        } else {
            for (String bad : BAD_BODIES) {
                cases.add(new Case("body " + clip(bad), op.method(), valid, "application/json", bad));
            }
            for (String type : BAD_TYPES) {
                cases.add(new Case("content type '" + type + "'", op.method(), valid, type.isEmpty() ? null : type,
                        "description=x&summary=x"));
            }
            cases.add(new Case("a 2 MB body", op.method(), valid, "application/json", TWO_MEGABYTES));
            cases.add(new Case("an empty body", op.method(), valid, "application/json", ""));
        }
        for (String method : List.of("PUT", "DELETE", "PATCH", op.body() ? "GET" : "POST")) {
            cases.add(new Case(method + " instead of " + op.method(), method, valid, json, validBody));
        }
        return cases;
    }

    private static String fill(String template, Map<String, String> ids, String replaced, String bad) {
        String path = template;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getKey().equals(replaced) ? bad : id.getValue());
        }
        return path;
    }

    static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…(" + s.length() + ")" : s;
    }
}
