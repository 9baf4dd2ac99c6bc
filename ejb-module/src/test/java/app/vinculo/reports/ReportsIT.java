package app.vinculo.reports;

import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.clients.boundary.ClientForm;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.platform.security.Role;
import app.vinculo.reports.boundary.CalendarService;
import app.vinculo.testing.Callers;
import app.vinculo.testing.Deployments;
import app.vinculo.testing.ReportsProbe;
import app.vinculo.testing.TestRecords;
import app.vinculo.visits.boundary.VisitDetail;
import app.vinculo.visits.boundary.VisitForm;
import app.vinculo.visits.boundary.VisitService;
import app.vinculo.visits.entity.VisitKind;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import java.io.File;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import static app.vinculo.testing.TestRecords.uid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRODUCT.md §8 on a real Payara + Derby: the private iCalendar feed (validated with ical4j, ADR 0010) and the audit view. */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

    @Deployment
    static WebArchive deployment() {
        WebArchive war = Deployments.businessTier("reports-it", ReportsIT.class, ReportRecords.class, ReportsProbe.class,
                ReportsProbe.StatementListener.class);
        File libs = new File(System.getProperty("it.ical.libs", "target/it-ical-libs"));
        for (File lib : Objects.requireNonNull(libs.listFiles((d, n) -> n.endsWith(".jar")), "no " + libs)) {
            war.addAsLibrary(lib);
        }
        return war;
    }

    /** The user of the @RunAs(IMPLEMENTATION_HEAD) caller (usernames are stored in lower case): "my" items are theirs. */
    private static final String HEAD = "implementation_head";

    @Inject
    Callers.AsConsultant consultant;

    @Inject
    Callers.AsAuditor auditor;

    @Inject
    Callers.AsAdmin admin;

    @Inject
    Callers.AsImplementationHead head;

    @Inject
    ClientService clients;

    @Inject
    VisitService visits;

    @Inject
    CalendarService calendar;

    @Inject
    app.vinculo.reports.boundary.AuditTrailService auditTrail;

    @Inject
    ReportsProbe probe;

    @Inject
    TestRecords records;

    @Inject
    ReportRecords reportRecords;

    @Inject
    Clock clock;

    private ClientDetail client(String name, String lead) throws Exception {
        return records.client(name + " " + uid(), lead);
    }

    @Test
    @DisplayName("§8 the iCalendar feed is valid (ical4j parses it), shows a rescheduled and a cancelled visit with the same UID, and refuses a revoked token")
    void icalendarFeed() throws Exception {
        probe.staff(HEAD, Role.IMPLEMENTATION_HEAD, Role.CONSULTANT);
        ClientDetail c = client("Calendario, Norte; Sur", HEAD);
        Instant at = clock.instant().plus(Duration.ofDays(3));
        VisitDetail moved = reportRecords.visit(c.id(), HEAD, at);
        VisitDetail cancelled = reportRecords.visit(c.id(), HEAD, at.plus(Duration.ofDays(1)));
        String token = head.call(() -> calendar.newFeedToken());

        Calendar first = new CalendarBuilder().build(new StringReader(calendar.feed(token, "vinculo.test", "http://x/vinculo")));
        assertTrue(event(first, "visit-" + moved.id()).getSummary().get().getValue().contains("Calendario, Norte; Sur"));

        VisitForm later = new VisitForm();
        later.setClientId(c.id());
        later.setKind(VisitKind.COMMERCIAL);
        later.setScheduledAt(at.plus(Duration.ofHours(5)));
        later.setConsultants(moved.consultants());
        later.setTopics(moved.topics());
        later.setVersion(moved.version());
        consultant.call(() -> visits.replan(moved.id(), later));
        consultant.call(() -> visits.cancel(cancelled.id(), cancelled.version(), "El cliente no puede"));

        String text = calendar.feed(token, "vinculo.test", "http://x/vinculo");
        assertTrue(text.contains("\r\n") && text.lines().allMatch(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75),
                "CRLF lines folded at 75 octets");
        Calendar second = new CalendarBuilder().build(new StringReader(text));
        VEvent rescheduled = event(second, "visit-" + moved.id());
        assertEquals(at.plus(Duration.ofHours(5)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                Instant.from(rescheduled.getDateTimeStart().get().getDate()), "the rescheduled time, same UID");
        assertEquals("CANCELLED", event(second, "visit-" + cancelled.id()).getStatus().get().getValue());

        String fresh = head.call(() -> calendar.newFeedToken());
        assertThrows(CalendarService.FeedRefusedException.class, () -> calendar.feed(token, "h", null), "replaced token refused");
        head.run(() -> calendar.revokeFeed());
        assertThrows(CalendarService.FeedRefusedException.class, () -> calendar.feed(fresh, "h", null), "revoked token refused");
        assertThrows(CalendarService.FeedRefusedException.class, () -> calendar.feed("made-up", "h", null));
        assertTrue(head.call(() -> calendar.myFeed()).isEmpty());
    }

    @Test
    @DisplayName("§8 the audit view shows one row per change, the record named, its fields old → new")
    void auditViewOneRowPerChange() throws Exception {
        ClientDetail c = client("Auditada", null);
        ClientForm f = new ClientForm();
        f.setLegalName(c.legalName() + " Renombrada");
        f.setTaxIdKind(c.taxIdKind());
        f.setTaxId(c.taxId());
        f.setIndustry("Metalmecánica");
        f.setVersion(c.version());
        consultant.call(() -> clients.update(c.id(), f));
        var filter = new app.vinculo.platform.audit.AuditFilter(null, "Client", String.valueOf(c.id()), null, null, null);
        List<app.vinculo.reports.boundary.AuditChange> changes = auditor.call(() -> auditTrail.changes(filter, 0, 10));
        assertEquals(2, changes.size(), "create and update: two rows, whatever the number of fields");
        assertEquals(2, admin.call(() -> auditTrail.countChanges(filter)));
        var update = changes.get(0);
        assertEquals(app.vinculo.platform.audit.AuditAction.UPDATE, update.action());
        assertEquals(c.legalName() + " Renombrada", update.recordName(), "named as users know it");
        assertTrue(update.fields().stream().anyMatch(x -> x.name().equals("legalName") && c.legalName().equals(x.oldValue())
                && (c.legalName() + " Renombrada").equals(x.newValue())), update.fields().toString());
        assertTrue(update.fields().stream().anyMatch(x -> x.name().equals("industry")), update.fields().toString());
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> consultant.call(() -> auditTrail.changes(filter, 0, 10)));
    }

    private static VEvent event(Calendar cal, String uidPrefix) {
        return cal.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().get().getValue().startsWith(uidPrefix + "@")).findFirst().orElseThrow();
    }
}
