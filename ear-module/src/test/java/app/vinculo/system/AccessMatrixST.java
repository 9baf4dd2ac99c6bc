package app.vinculo.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Walks docs/security/access-matrix.csv against the deployed EAR as every demo role (issue #16). */
@DisplayName("Access-control matrix (docs/security/access-matrix.csv)")
class AccessMatrixST {

    private static final Path MATRIX = Path.of(System.getProperty("test.checkout", ".."), "docs/security/access-matrix.csv");

    @TestFactory
    @DisplayName("every page answers every demo role as the matrix says")
    List<DynamicTest> everyRoleGetsWhatTheMatrixSays() {
        List<String> lines;
        try {
            lines = Files.readAllLines(MATRIX).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] roles = lines.get(0).split(",");
        Map<String, PortalHttp> sessions = new HashMap<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            for (int r = 1; r < roles.length; r++) {
                String role = roles[r].trim();
                String page = cells[0].trim();
                String expected = cells[r].trim();
                tests.add(DynamicTest.dynamicTest(role + " " + expected + " " + page, () -> {
                    PortalHttp http = sessions.computeIfAbsent(role, u -> {
                        PortalHttp h = new PortalHttp();
                        assertTrue(h.login(u, Browser.DEMO_PASSWORD), u + " signs in");
                        return h;
                    });
                    HttpResponse<String> answer = http.get(page);
                    int status = answer.statusCode();
                    if ("refused".equals(expected)) {
                        assertEquals(403, status, role + " " + page);
                        assertTrue(answer.body().contains("error-title"), "the portal's own 403 page");
                    } else {
                        // allowed: the page answers; one that needs a record (quotes/edit without a requirement)
                        // answers the portal's "not found" — what matters is that it is not refused
                        assertTrue(status == 200 || status == 404 && answer.body().contains("error-title"),
                                role + " " + page + " answered " + status);
                    }
                }));
            }
        }
        return tests;
    }
}
