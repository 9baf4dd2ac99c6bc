package app.vinculo.scaleout;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load balancer of the scale-out tests: one address in front of the group's instances, sticky (every request
 * goes to the current instance) and failing over to the next instance when the current one refuses connections —
 * what a load balancer with sticky sessions and health checks does. Loopback only.
 */
final class StickyProxy implements AutoCloseable {

    private static final Set<String> HOP_BY_HOP = Set.of("host", "connection", "content-length", "expect", "upgrade",
            "transfer-encoding", "keep-alive", "te", "trailer", "proxy-connection", "http2-settings");

    private final List<String> backends;
    private final AtomicInteger current = new AtomicInteger();
    private final AtomicInteger failovers = new AtomicInteger();
    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(16);
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
    private final String origin;

    /** @param backends origins such as {@code http://127.0.0.1:19080} */
    StickyProxy(int port, List<String> backends) throws IOException {
        this.backends = backends;
        this.origin = "http://127.0.0.1:" + port;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Index of the instance that serves the requests now. */
    int current() {
        return current.get();
    }

    int failovers() {
        return failovers.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpResponse<InputStream> response = null;
            IOException last = null;
            for (int attempt = 0; attempt < backends.size() && response == null; attempt++) {
                int index = current.get();
                try {
                    response = client.send(request(exchange, backends.get(index), body), HttpResponse.BodyHandlers.ofInputStream());
                } catch (ConnectException e) {
                    last = e;
                    if (current.compareAndSet(index, (index + 1) % backends.size())) {
                        failovers.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
            if (response == null) {
                byte[] msg = ("no instance answers: " + last).getBytes();
                exchange.sendResponseHeaders(502, msg.length);
                exchange.getResponseBody().write(msg);
                return;
            }
            String backend = backends.get(current.get());
            response.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    for (String v : values) {
                        exchange.getResponseHeaders().add(name,
                                name.equalsIgnoreCase("location") ? v.replace(backend, origin) : v);
                    }
                }
            });
            try (InputStream in = response.body()) {
                byte[] bytes = in.readAllBytes();
                boolean noBody = response.statusCode() == 304 || response.statusCode() == 204
                        || exchange.getRequestMethod().equals("HEAD");
                exchange.sendResponseHeaders(response.statusCode(), noBody ? -1 : bytes.length == 0 ? -1 : bytes.length);
                if (!noBody && bytes.length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(bytes);
                    }
                }
            }
        }
    }

    private static HttpRequest request(HttpExchange exchange, String backend, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(backend + exchange.getRequestURI()))
                .timeout(Duration.ofSeconds(60))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                values.forEach(v -> b.header(name, v));
            }
        });
        return b.build();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
