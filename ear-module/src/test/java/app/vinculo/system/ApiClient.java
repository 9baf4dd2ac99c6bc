package app.vinculo.system;

import org.openqa.selenium.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A small HTTP client for the REST API's system tests: bearer token, JSON in and out (Selenium's JSON reader). */
final class ApiClient {

    static final String API = Browser.BASE_URL + "api/v1/";

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    record Answer(int status, String contentType, Map<String, List<String>> headers, String body) {

        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            return new Json().toType(body, Map.class);
        }

        @SuppressWarnings("unchecked")
        List<Object> list() {
            return new Json().toType(body, List.class);
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    private ApiClient() {
    }

    static Answer get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    static Answer get(String path, String token, String header, String value) {
        return send(request(path, token, header, value).GET().build());
    }

    static Answer post(String path, String token, String body) {
        return post(path, token, "application/json", body);
    }

    static Answer post(String path, String token, String contentType, String body) {
        return send(request(path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static Answer method(String method, String path, String token) {
        return send(request(path, token).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    static Answer absolute(String url) {
        return absolute(url, "*/*");
    }

    static Answer absolute(String url, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Accept", accept)
                .GET().build());
    }

    private static HttpRequest.Builder request(String path, String token) {
        return request(path, token, "Accept-Language", "es-AR");
    }

    private static HttpRequest.Builder request(String path, String token, String header, String value) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(API + path)).timeout(Duration.ofSeconds(30))
                .header(header, value);
        if (!"Accept-Language".equals(header)) {
            b.header("Accept-Language", "es-AR");
        }
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.headers().map(),
                    r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
