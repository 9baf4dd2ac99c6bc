package app.vinculo.platform.web;

import jakarta.servlet.Filter;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Moved pages (issue #12)")
class MovedPagesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    @Test
    @DisplayName("an old training address answers 301 to its new page with the same query string")
    void oldAddressMovesWithItsQuery() throws Exception {
        Map<String, Object> answer = filter("/training/edition.xhtml", "id=7&tab=attendance");
        assertEquals(301, answer.get("status"));
        assertEquals("/vinculo/training/editions/view.xhtml?id=7&tab=attendance", answer.get("Location"));
        assertFalse(answer.containsKey("chain"), "the old page is not looked for");

        assertEquals("/vinculo/training/courses/list.xhtml", filter("/training/courses.xhtml", null).get("Location"));
        assertEquals("/vinculo/training/editions/edit.xhtml", filter("/training/edition-edit.xhtml", "").get("Location"));
        assertEquals("/vinculo/training/courses/view.xhtml?id=3",
                filter("/training/course.xhtml", "id=3").get("Location"));
        assertEquals("/vinculo/training/editions/list.xhtml", filter("/training/editions.xhtml", null).get("Location"));
    }

    @Test
    @DisplayName("any other path goes on to its page untouched")
    void otherPathsPass() throws Exception {
        Map<String, Object> answer = filter("/training/editions/view.xhtml", "id=7");
        assertTrue(answer.containsKey("chain"));
        assertNull(answer.get("status"));
        assertNull(answer.get("Location"));
    }

    @Test
    @DisplayName("the filter listens on exactly the old paths; each new page exists and no old page is left behind")
    void pathsMatchThePages() {
        assertEquals(MovedPages.MOVED.keySet(),
                Set.of(MovedPages.class.getAnnotation(WebFilter.class).urlPatterns()));
        MovedPages.MOVED.forEach((old, moved) -> {
            assertTrue(Files.isRegularFile(WEBAPP.resolve(moved.substring(1))), moved);
            assertFalse(Files.exists(WEBAPP.resolve(old.substring(1))), old + " would never be shown");
        });
    }

    /** Runs the filter on a GET of {@code path} under /vinculo; the answer's status, Location and whether it chained. */
    private static Map<String, Object> filter(String path, String query) throws Exception {
        Map<String, Object> answer = new HashMap<>();
        HttpServletRequest request = fake(HttpServletRequest.class, Map.of(
                "getServletPath", path, "getContextPath", "/vinculo", "getMethod", "GET"), query, answer);
        HttpServletResponse response = fake(HttpServletResponse.class, Map.of(), null, answer);
        Filter movedPages = new MovedPages(); // as the container calls it
        movedPages.doFilter(request, response, (req, res) -> answer.put("chain", true));
        return answer;
    }

    /** A request or response that answers {@code values} (and the query) and records status and headers set on it. */
    private static <T> T fake(Class<T> type, Map<String, Object> values, String query, Map<String, Object> answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "getQueryString" -> {
                    return query;
                }
                case "setStatus" -> answer.put("status", args[0]);
                case "setHeader", "addHeader" -> answer.put((String) args[0], args[1]);
                case "toString" -> {
                    return type.getSimpleName();
                }
                default -> {
                    if (values.containsKey(method.getName())) {
                        return values.get(method.getName());
                    }
                    throw new UnsupportedOperationException(method.getName());
                }
            }
            return null;
        }));
    }
}
