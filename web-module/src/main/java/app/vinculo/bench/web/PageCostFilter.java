package app.vinculo.bench.web;

import app.vinculo.bench.boundary.SqlCount;
import app.vinculo.platform.config.VinculoConfig;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serial;

/**
 * Demo mode only: counts the SQL statements and the server time of each page request (Faces pages and the API; not
 * static resources) into {@link PageCosts}, under the {@code X-Bench-Page} label the benchmark harness sends.
 */
@WebFilter(urlPatterns = {"*.xhtml", "/api/*"})
public class PageCostFilter extends HttpFilter {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient VinculoConfig config;

    private volatile Boolean demo;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (demo == null) {
            demo = config.demo();
        }
        if (!demo || request.getRequestURI().contains("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        SqlCount.reset();
        long t0 = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            String label = request.getHeader("X-Bench-Page");
            PageCosts.record(label != null ? label : request.getServletPath(), SqlCount.get(), System.nanoTime() - t0);
        }
    }
}
