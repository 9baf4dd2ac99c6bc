package app.vinculo.reports.web;

import app.vinculo.platform.config.VinculoConfig;
import app.vinculo.reports.boundary.CalendarService;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serial;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * {@code /feeds/calendar/<token>.ics}: a user's private iCalendar feed for Outlook, Google Calendar or Thunderbird.
 * No sign-in (calendar programs cannot): the secret token is the credential; unknown or revoked → 404.
 */
@WebServlet("/feeds/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    CalendarService calendar;

    @Inject
    VinculoConfig config;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        String token = path.endsWith(".ics") ? path.substring(0, path.length() - 4) : path;
        String base = config.baseUrl();
        String text;
        try {
            text = calendar.feed(token, URI.create(base).getHost(), base);
        } catch (CalendarService.FeedRefusedException | EJBException refused) {
            resp.setHeader("Cache-Control", "no-store");
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType("text/calendar; charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("Content-Disposition", "inline; filename=\"vinculo.ics\"");
        resp.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }
}
