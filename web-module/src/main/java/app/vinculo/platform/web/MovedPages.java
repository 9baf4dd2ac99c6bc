package app.vinculo.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serial;
import java.util.Map;

/**
 * Pages that moved keep their old addresses (issue #12): reminder e-mails already sent, bookmarks and calendar
 * subscriptions link to the training pages as they were named before they followed their beans
 * ({@code training/edition.xhtml?id=7}). Each old path answers 301 Moved Permanently to its new one with the same query
 * string ({@code training/editions/view.xhtml?id=7}). The old paths stay under web.xml's {@code /training/*}
 * constraint, as the new ones: an anonymous visitor signs in first and continues to the old address, which then moves;
 * a role that may not read training gets the 403 page either way.
 */
@WebFilter(filterName = "movedPages", urlPatterns = {"/training/courses.xhtml", "/training/course.xhtml",
        "/training/editions.xhtml", "/training/edition.xhtml", "/training/edition-edit.xhtml"})
public class MovedPages extends HttpFilter {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Old path → new path, both under the application (the filter's url patterns are the keys). */
    static final Map<String, String> MOVED = Map.of(
            "/training/courses.xhtml", "/training/courses/list.xhtml",
            "/training/course.xhtml", "/training/courses/view.xhtml",
            "/training/editions.xhtml", "/training/editions/list.xhtml",
            "/training/edition.xhtml", "/training/editions/view.xhtml",
            "/training/edition-edit.xhtml", "/training/editions/edit.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String moved = MOVED.get(request.getServletPath());
        if (moved == null) {
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + moved
                + (query == null || query.isEmpty() ? "" : "?" + query));
    }
}
