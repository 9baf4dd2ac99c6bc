package app.vinculo.bench.web;

import app.vinculo.bench.boundary.GeneratedVolume;
import app.vinculo.bench.boundary.VolumeService;
import app.vinculo.platform.config.VinculoConfig;
import app.vinculo.platform.security.Role;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serial;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The benchmark harness's control calls (demo mode and ADMIN only; 404 otherwise). POSTs need the
 * {@code X-Bench: 1} header, which a cross-site form cannot send:
 * <ul>
 *   <li>{@code POST /bench/generate?divisor=N} — the volume generator ({@link VolumeService});</li>
 *   <li>{@code GET /bench/costs} — SQL statements and server time per page; {@code POST /bench/reset} clears them;</li>
 *   <li>{@code POST /bench/heap} — a full GC, then the heap in use, in MB.</li>
 * </ul>
 */
@WebServlet("/bench/*")
public class BenchServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(BenchServlet.class.getName());

    @Inject
    transient VinculoConfig config;

    @Inject
    transient VolumeService volumes;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!allowed(req, resp)) {
            return;
        }
        if ("/costs".equals(req.getPathInfo())) {
            text(resp, PageCosts.report());
        } else {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!allowed(req, resp)) {
            return;
        }
        if (!"1".equals(req.getHeader("X-Bench"))) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        switch (String.valueOf(req.getPathInfo())) {
            case "/generate" -> {
                String d = req.getParameter("divisor");
                GeneratedVolume v;
                try {
                    v = volumes.generate(d == null ? 1 : Integer.parseInt(d));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "volume generation failed", e);
                    resp.setStatus(HttpServletResponse.SC_CONFLICT);
                    text(resp, String.valueOf(e) + (e.getCause() == null ? "" : "\n" + e.getCause()));
                    return;
                }
                text(resp, String.format("divisor\t%d%nrows\t%d%nseconds\t%.1f%n", v.divisor(), v.rows(), v.seconds()));
            }
            case "/reset" -> {
                PageCosts.reset();
                text(resp, "reset\n");
            }
            case "/heap" -> {
                System.gc();
                MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
                text(resp, String.format("heapUsedMB\t%d%nheapMaxMB\t%d%n", heap.getUsed() >> 20, heap.getMax() >> 20));
            }
            default -> resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private boolean allowed(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!config.demo() || !req.isUserInRole(Role.Names.ADMIN)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return false;
        }
        return true;
    }

    private static void text(HttpServletResponse resp, String body) throws IOException {
        resp.setContentType("text/plain;charset=UTF-8");
        resp.getWriter().write(body);
    }
}
