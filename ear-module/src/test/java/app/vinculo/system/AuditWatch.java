package app.vinculo.system;

import org.jsoup.nodes.Element;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Nothing was written", as the auditor sees it: every insert, update and delete of a business record writes the
 * audit trail in the same transaction (ADR 0003: an EclipseLink listener on every {@code @Audited} entity — all of
 * them but the outbox, the reminder runs, the API call log, the quote counter and the search index, which only
 * follow an audited change or are not business records). The audit page lists changes newest first (by the trail's
 * own id, whatever the demo clock says) and its paginator carries the number of changes, so a write anywhere moves
 * the count and the first row.
 */
final class AuditWatch {

    private static final Pattern ROW_COUNT = Pattern.compile("widget_audit_table\",\\{[^}]*rowCount:(\\d+)");

    private final PortalHttp auditor = new PortalHttp();

    AuditWatch() {
        assertTrue(auditor.login("auditor", Browser.DEMO_PASSWORD), "the auditor signs in");
    }

    /** The number of changes and the newest one's text. */
    String snapshot() {
        HttpResponse<String> page = auditor.get("admin/audit.xhtml");
        assertEquals(200, page.statusCode(), "the audit trail answers the auditor");
        Matcher count = ROW_COUNT.matcher(page.body());
        assertTrue(count.find(), "the audit table's paginator carries its row count");
        Element first = HtmlForms.parse(page.body(), Browser.BASE_URL).selectFirst("tbody[id=\"audit:table_data\"] > tr");
        return count.group(1) + " changes, newest: " + (first == null ? "none" : first.text());
    }
}
