package app.vinculo.bench.harness;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One signed-in browser: its own cookies (the session), the last page's JSF ViewState, GETs and POSTs (full and
 * PrimeFaces Ajax) timed into {@link Stats} under a page label, which the server's page-cost filter also sees.
 */
final class Session {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern AJAX_VIEW_STATE = Pattern.compile(
            "<update id=\"[^\"]*jakarta.faces.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");

    final String base;
    final String username;
    private final HttpClient http;
    private final Stats stats;
    String viewState;
    String body = "";

    Session(String base, String username, Stats stats) {
        this.base = base;
        this.username = username;
        this.stats = stats;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    void login(String password) throws IOException, InterruptedException {
        get("login", "login.xhtml");
        post("login.submit", "login.xhtml", false, Map.of("login", "login", "login:username", username,
                "login:password", password, "login:submit", ""));
        if (body.contains("id=\"login:username\"")) {
            throw new IllegalStateException("login refused for " + username);
        }
    }

    /** A full page; returns whether it answered 200 with no error page. */
    boolean get(String label, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("X-Bench-Page", label)
                .timeout(Duration.ofSeconds(60)).GET().build();
        return send(label, request, false);
    }

    /** A form POST with the current ViewState; {@code ajax} makes it a PrimeFaces partial request. */
    boolean post(String label, String path, boolean ajax, Map<String, String> fields)
            throws IOException, InterruptedException {
        StringBuilder form = new StringBuilder();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            form.append(enc(f.getKey())).append('=').append(enc(f.getValue())).append('&');
        }
        form.append("jakarta.faces.ViewState=").append(enc(viewState == null ? "" : viewState));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("X-Bench-Page", label)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(form.toString()));
        if (ajax) {
            b.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return send(label, b.build(), ajax);
    }

    /** An administrator's control call to the server's bench endpoint (not timed). */
    String control(String method, String path) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "bench/" + path)).header("X-Bench", "1")
                .timeout(Duration.ofMinutes(30));
        b = method.equals("POST") ? b.POST(HttpRequest.BodyPublishers.noBody()) : b.GET();
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private boolean send(String label, HttpRequest request, boolean ajax) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> r;
        try {
            r = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            stats.record(label, System.nanoTime() - t0, false);
            return false;
        }
        long nanos = System.nanoTime() - t0;
        body = r.body();
        boolean ok = r.statusCode() == 200 && !body.contains("class=\"error-page") && !body.contains("<error>")
                && !(ajax && body.contains("<redirect url=\"") && body.contains("login.xhtml"))
                && !(!label.startsWith("login") && body.contains("id=\"login:username\""));
        stats.record(label, nanos, ok);
        if (!ok && Boolean.getBoolean("bench.debug")) {
            int at = Math.max(0, Math.max(body.indexOf("<error>"), body.indexOf("error-text")));
            System.err.printf("%s %s %s -> %d %s%n", username, label, request.uri(), r.statusCode(),
                    body.substring(at, Math.min(body.length(), at + 400)).replaceAll("\\s+", " "));
        }
        Matcher m = (ajax ? AJAX_VIEW_STATE : VIEW_STATE).matcher(body);
        if (m.find()) {
            viewState = m.group(1).replace("&#58;", ":");
        }
        return ok;
    }

    /** The distinct values of the first group of {@code pattern} in the last answer. */
    List<String> all(Pattern pattern) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(body);
        while (m.find()) {
            if (!out.contains(m.group(1))) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
