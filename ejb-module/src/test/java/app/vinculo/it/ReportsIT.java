package app.vinculo.it;

import app.vinculo.agreements.boundary.AgreementForm;
import app.vinculo.agreements.boundary.AgreementRow;
import app.vinculo.agreements.boundary.AgreementService;
import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.agreements.entity.Currency;
import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.clients.boundary.ClientForm;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ContactForm;
import app.vinculo.clients.boundary.ContactRow;
import app.vinculo.clients.boundary.ContactService;
import app.vinculo.clients.entity.TaxId;
import app.vinculo.followups.boundary.FollowUpForm;
import app.vinculo.followups.boundary.FollowUpService;
import app.vinculo.platform.security.Role;
import app.vinculo.reports.boundary.AgendaItem;
import app.vinculo.reports.boundary.CalendarService;
import app.vinculo.reports.boundary.DashboardService;
import app.vinculo.reports.boundary.Home;
import app.vinculo.reports.boundary.KpiFilter;
import app.vinculo.reports.boundary.KpiService;
import app.vinculo.reports.boundary.Kpis;
import app.vinculo.requirements.boundary.LineForm;
import app.vinculo.requirements.boundary.QuoteDetail;
import app.vinculo.requirements.boundary.QuoteForm;
import app.vinculo.requirements.boundary.QuoteService;
import app.vinculo.requirements.boundary.RequirementRow;
import app.vinculo.requirements.boundary.RequirementService;
import app.vinculo.requirements.entity.RequirementOrigin;
import app.vinculo.training.boundary.CourseForm;
import app.vinculo.training.boundary.CourseRow;
import app.vinculo.training.boundary.CourseService;
import app.vinculo.training.boundary.EditionForm;
import app.vinculo.training.boundary.EditionRow;
import app.vinculo.training.boundary.EditionService;
import app.vinculo.training.boundary.RegistrationRow;
import app.vinculo.training.boundary.SessionForm;
import app.vinculo.training.entity.AttendanceMark;
import app.vinculo.training.entity.Modality;
import app.vinculo.visits.boundary.TopicForm;
import app.vinculo.visits.boundary.VisitDetail;
import app.vinculo.visits.boundary.VisitForm;
import app.vinculo.visits.boundary.VisitRecordForm;
import app.vinculo.visits.boundary.VisitService;
import app.vinculo.visits.entity.TopicKind;
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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRODUCT.md §8 on a real Payara + Derby: the home page's bounded queries, each KPI, the iCalendar feed. */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

    private static final AtomicInteger SEQ = new AtomicInteger();
    /** The user of the @RunAs(IMPLEMENTATION_HEAD) caller (usernames are stored in lower case): "my" items are theirs. */
    private static final String HEAD = "implementation_head";
    private static final String PM = "project_manager";

    @Deployment
    static WebArchive deployment() {
        WebArchive war = Deployments.businessTier("reports-it", ReportsIT.class, ReportsProbe.class,
                ReportsProbe.StatementListener.class, GateProbe.class);
        File libs = new File(System.getProperty("it.ical.libs", "target/it-ical-libs"));
        for (File lib : Objects.requireNonNull(libs.listFiles((d, n) -> n.endsWith(".jar")), "no " + libs)) {
            war.addAsLibrary(lib);
        }
        return war;
    }

    @Inject Callers.AsConsultant consultant;
    @Inject Callers.AsProjectManager pm;
    @Inject Callers.AsImplementationHead head;
    @Inject Callers.AsAuditor auditor;
    @Inject ClientService clients;
    @Inject ContactService contactService;
    @Inject AgreementService agreements;
    @Inject FollowUpService followUps;
    @Inject VisitService visits;
    @Inject RequirementService requirements;
    @Inject QuoteService quotes;
    @Inject CourseService courses;
    @Inject EditionService editions;
    @Inject app.vinculo.training.boundary.RegistrationService registrations;
    @Inject DashboardService dashboard;
    @Inject KpiService kpis;
    @Inject CalendarService calendar;
    @Inject app.vinculo.procedure.boundary.ProcedureService procedure;
    @Inject app.vinculo.reports.boundary.AuditTrailService auditTrail;
    @Inject Callers.AsAdmin admin;
    @Inject ReportsProbe probe;
    @Inject GateProbe gate;
    @Inject Clock clock;

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private ClientDetail client(String name, String lead) throws Exception {
        ClientForm f = new ClientForm();
        f.setLegalName(name + " " + tag());
        f.setTaxIdKind(TaxId.Kind.CUIT);
        f.setTaxId(TaxId.cuitFor("30", (int) (System.nanoTime() % 90_000_000) + SEQ.incrementAndGet() * 7919));
        ClientDetail c = consultant.call(() -> clients.create(f));
        return lead == null ? c : head.call(() -> clients.assign(c.id(), lead, Set.of()));
    }

    private AgreementRow maintenance(long clientId, LocalDate start, LocalDate end) throws Exception {
        AgreementForm a = new AgreementForm();
        a.setType(AgreementType.SUPPORT_MAINTENANCE);
        a.setStart(start);
        a.setEnd(end);
        return pm.call(() -> agreements.create(clientId, a));
    }

    private void nextAction(long clientId, String owner, LocalDate due) throws Exception {
        FollowUpForm f = new FollowUpForm();
        f.setClientId(clientId);
        f.setOccurredAt(clock.instant().minus(Duration.ofDays(1)));
        f.setSummary("Llamado de seguimiento");
        f.setNextAction("Enviar propuesta " + tag());
        f.setNextActionOwner(owner);
        f.setNextActionDue(due);
        consultant.call(() -> followUps.record(f));
    }

    private VisitDetail visit(long clientId, String who, Instant at) throws Exception {
        VisitForm f = new VisitForm();
        f.setClientId(clientId);
        f.setKind(VisitKind.COMMERCIAL);
        f.setScheduledAt(at);
        f.setConsultants(Set.of(who));
        List<TopicForm> topics = new ArrayList<>();
        for (String t : List.of("CRM", "Stock")) {
            TopicForm topic = new TopicForm();
            topic.setTitle(t);
            topic.setKind(TopicKind.DEMO);
            topics.add(topic);
        }
        f.setTopics(topics);
        return consultant.call(() -> visits.plan(f));
    }

    private RequirementRow underReview(long clientId) throws Exception {
        RequirementRow r = consultant.call(() -> requirements.register(clientId, "Necesidad " + tag(), null, null,
                RequirementOrigin.REQUEST, null));
        return consultant.call(() -> requirements.submit(r.id(), r.version()));
    }

    /** One more item in each part of the Implementation Head's and the PM's home pages. */
    private void grow(int n) throws Exception {
        for (int i = 0; i < n; i++) {
            ClientDetail c = client("Tablero", HEAD);
            maintenance(c.id(), today().minusMonths(11), today().plusDays(20 + i));
            nextAction(c.id(), HEAD, today().minusDays(1));
            nextAction(c.id(), PM, today().plusDays(3));
            visit(c.id(), HEAD, clock.instant().plus(Duration.ofHours(30 + i)));
            underReview(c.id());
            ClientDetail quiet = client("Sin contacto", HEAD);
            probe.backdateClient(quiet.id(), clock.instant().minus(Duration.ofDays(400)));
            try {
                gate.recordAssistance(quiet.id(), "marca" + tag());
            } catch (app.vinculo.agreements.boundary.AssistanceRefusedException refusedAndReferred) {
                // R1.3: no A&M → a regularisation case is opened for the PMs
            } catch (jakarta.ejb.EJBException wrapped) {
                if (!(wrapped.getCause() instanceof app.vinculo.agreements.boundary.AssistanceRefusedException)) {
                    throw wrapped;
                }
            }
        }
    }

    @Test
    @DisplayName("§8 the home page reads a fixed number of SQL statements whatever the data size (no N+1), and lists what waits")
    void homePageQueriesAreBounded() throws Exception {
        probe.staff(HEAD, Role.IMPLEMENTATION_HEAD, Role.CONSULTANT);
        probe.staff(PM, Role.PROJECT_MANAGER);
        probe.install();
        grow(1);
        List<String> small = dataReads(ReportsProbe.statements(() -> head.call(() -> dashboard.home())));
        List<String> smallPm = dataReads(ReportsProbe.statements(() -> pm.call(() -> dashboard.home())));
        Home before = head.call(() -> dashboard.home());

        grow(DashboardService.ROWS + 2);
        List<String> large = dataReads(ReportsProbe.statements(() -> head.call(() -> dashboard.home())));
        List<String> largePm = dataReads(ReportsProbe.statements(() -> pm.call(() -> dashboard.home())));
        Home after = head.call(() -> dashboard.home());
        Home pmHome = pm.call(() -> dashboard.home());

        assertTrue(small.size() > 5, "the listener sees the statements: " + small);
        assertEquals(small.size(), large.size(), "head: same statements with " + (DashboardService.ROWS + 3)
                + " items per part as with 1:\n" + String.join("\n", large) + "\n--- with 1:\n" + String.join("\n", small));
        assertEquals(smallPm.size(), largePm.size(), "PM: " + String.join("\n", largePm));
        assertTrue(large.size() <= 24, "a small fixed number: " + large.size());

        long added = DashboardService.ROWS + 2;
        assertEquals(before.nextActions().total() + added, after.nextActions().total());
        assertEquals(DashboardService.ROWS, after.nextActions().items().size(), "bounded list");
        assertTrue(after.overdueActions() >= added + 1 && after.nextActions().items().get(0).overdue(), "overdue first, flagged");
        assertEquals(before.reviews().total() + added, after.reviews().total());
        assertEquals(before.expiring().total() + added, after.expiring().total());
        assertEquals(before.atRisk().total() + added, after.atRisk().total());
        assertEquals(before.regularizations().total() + added, after.regularizations().total(),
                "one open case per client refused: " + before.regularizations() + " → " + after.regularizations());
        assertTrue(after.agenda().stream().allMatch(a -> a.kind() == AgendaItem.Kind.VISIT && a.people().contains(HEAD)));
        assertTrue(after.agenda().size() > added && after.agenda().size() <= DashboardService.ROWS * 2,
                "the week's visits, bounded: " + after.agenda().size());
        assertTrue(pmHome.nextActions().total() >= added + 1, "the PM's own next actions");
        assertEquals(0, pmHome.reviews().total(), "reviews are the Implementation Head's");
        assertEquals(0, auditor.call(() -> dashboard.home()).nextActions().total());
    }

    /**
     * The statements that read the page's data: the settings (time zone, thresholds) are re-read when their few-second
     * cache expires, whenever that falls, so they are not counted against the page's size.
     */
    private static List<String> dataReads(List<String> statements) {
        return statements.stream().filter(s -> !s.contains(" FROM SETTING WHERE")).toList();
    }

    private static QuoteForm twoLines() {
        QuoteForm f = new QuoteForm();
        f.setLines(new ArrayList<>(List.of(new LineForm("Análisis y desarrollo", new BigDecimal("20"), new BigDecimal("25000")),
                new LineForm("Capacitación", new BigDecimal("4"), new BigDecimal("18000")))));
        return f;
    }

    private ContactRow contact(long clientId, String name) throws Exception {
        ContactForm f = new ContactForm();
        f.setName(name + " " + tag());
        f.setEmail(tag() + "@example.com");
        return consultant.call(() -> contactService.addContact(clientId, f));
    }

    @Test
    @DisplayName("§8 each KPI on a known data set: contacted, A&M and renewals, requirements → quotes → accepted, courses, visits per consultant per month")
    void kpisOnAKnownDataSet() throws Exception {
        String x = "kpi" + tag();
        probe.staff(x, Role.CONSULTANT);
        LocalDate today = today();
        ClientDetail a = client("Alfa", x);
        ClientDetail b = client("Beta", x);
        ClientDetail c = client("Gama", x);
        maintenance(a.id(), today.minusMonths(3), today.plusMonths(9));
        AgreementRow old = maintenance(b.id(), today.minusYears(1), today.minusDays(10));
        AgreementForm renewal = new AgreementForm();
        renewal.setType(AgreementType.SUPPORT_MAINTENANCE);
        renewal.setStart(today.minusDays(9));
        renewal.setEnd(today.plusYears(1));
        pm.call(() -> agreements.renew(old.id(), old.version(), renewal));
        maintenance(c.id(), today.minusYears(1), today.minusDays(5));
        probe.backdateClient(c.id(), clock.instant().minus(Duration.ofDays(200)));

        nextAction(a.id(), x, today.plusDays(5));                                   // A contacted by a follow-up
        VisitDetail v = visit(b.id(), x, clock.instant().minus(Duration.ofHours(3))); // B contacted by a held visit
        VisitDetail confirmed = consultant.call(() -> visits.confirm(v.id(), v.version())).visit();
        VisitRecordForm record = new VisitRecordForm();
        record.setVersion(confirmed.version());
        record.setAssessment("Buena recepción");
        consultant.call(() -> visits.record(v.id(), record));

        RequirementRow first = underReview(a.id());
        underReview(a.id()); // two requirements registered for A, the first approved into a quote (no A&D)
        RequirementRow quoted = head.call(() -> requirements.approve(first.id(), first.version()));
        QuoteDetail draft = head.call(() -> quotes.draft(Set.of(quoted.id()), twoLines()));
        QuoteDetail pending = head.call(() -> quotes.submitForApproval(draft.id(), draft.version()));
        QuoteDetail approved = pm.call(() -> quotes.approve(pending.id(), pending.version()));
        QuoteDetail sent = pm.call(() -> quotes.send(approved.id(), approved.version()));
        pm.call(() -> quotes.accept(sent.id(), sent.version()));

        CourseForm cf = new CourseForm();
        cf.setCode("K" + tag().toUpperCase());
        cf.setTitle("Curso KPI");
        cf.setModules(Set.of());
        cf.setDurationHours(4);
        cf.setModality(Modality.OFFICES);
        CourseRow course = head.call(() -> courses.create(cf));
        EditionForm ef = new EditionForm();
        ef.setCourseId(course.id());
        ef.getSessions().add(new SessionForm(today, LocalTime.of(9, 0), LocalTime.of(13, 0)));
        ef.setCapacity(5);
        ef.setInstructors(Set.of(x));
        EditionRow created = consultant.call(() -> editions.create(ef));
        EditionRow e = consultant.call(() -> editions.open(created.id(), created.version()));
        RegistrationRow ana = consultant.call(() -> registrations.enrol(e.id(), contact(a.id(), "Ana").id()));
        RegistrationRow beto = consultant.call(() -> registrations.enrol(e.id(), contact(b.id(), "Beto").id()));
        RegistrationRow carla = consultant.call(() -> registrations.enrol(e.id(), contact(b.id(), "Carla").id()));
        consultant.run(() -> registrations.mark(e.id(), 1, Map.of(ana.id(), AttendanceMark.ATTENDED, beto.id(), AttendanceMark.ATTENDED,
                carla.id(), AttendanceMark.ABSENT)));
        consultant.call(() -> editions.held(e.id(), consultant.call(() -> editions.find(e.id())).version()));

        Kpis k = head.call(() -> kpis.compute(new KpiFilter(today.minusDays(30), today, x)));
        assertEquals(3, k.activeClients());
        assertEquals(2, k.contacted(), "A by a follow-up, B by a held visit; C not in 60 days");
        assertEquals(new BigDecimal("66.7"), k.contactedPercent());
        assertEquals(2, k.withMaintenance(), "A and B (renewed); C's ended");
        assertEquals(new BigDecimal("66.7"), k.maintenancePercent());
        assertEquals(2, k.agreementsEnding(), "B's old one and C's ended in the period");
        assertEquals(1, k.agreementsRenewed());
        assertEquals(new BigDecimal("50.0"), k.renewalPercent());
        assertEquals(2, k.requirements());
        assertEquals(1, k.quotes().count());
        assertEquals(new BigDecimal("692120.00"), k.quotes().amount(Currency.ARS), "(20 × 25 000 + 4 × 18 000) + 21 % VAT");
        assertEquals(BigDecimal.ZERO.setScale(2), k.quotes().amount(Currency.USD));
        assertEquals(1, k.accepted().count());
        assertEquals(new BigDecimal("692120.00"), k.accepted().amount(Currency.ARS));
        assertEquals(1, k.editionsGiven());
        assertEquals(2, k.attendees(), "Ana and Beto attended, Carla was absent");
        assertEquals(2, k.clientsTrained());
        assertEquals(List.of(new Kpis.VisitsInMonth(x, YearMonth.from(v.scheduledAt().atZone(clock.getZone())), 1)),
                k.visitsByConsultant());

        Kpis before = auditor.call(() -> kpis.compute(new KpiFilter(today.minusYears(5), today.minusYears(4), x)));
        assertEquals(0, before.requirements(), "nothing registered in a period long ago");
        assertNull(before.renewalPercent(), "no agreements ending: no rate");
        assertThrows(jakarta.ejb.EJBAccessException.class,
                () -> consultant.call(() -> kpis.compute(new KpiFilter(today, today, null))), "KPIs: head, PM, auditor");
    }

    @Test
    @DisplayName("§8 the iCalendar feed is valid (ical4j parses it), shows a rescheduled and a cancelled visit with the same UID, and refuses a revoked token")
    void icalendarFeed() throws Exception {
        probe.staff(HEAD, Role.IMPLEMENTATION_HEAD, Role.CONSULTANT);
        ClientDetail c = client("Calendario, Norte; Sur", HEAD);
        Instant at = clock.instant().plus(Duration.ofDays(3));
        VisitDetail moved = visit(c.id(), HEAD, at);
        VisitDetail cancelled = visit(c.id(), HEAD, at.plus(Duration.ofDays(1)));
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
    @DisplayName("§8 the Implementation Head publishes the next revision of the procedure: text sanitised, change control required, nobody else may")
    void procedureRevisions() throws Exception {
        List<app.vinculo.procedure.boundary.ProcedureRevisionView.Change> change = List.of(
                new app.vinculo.procedure.boundary.ProcedureRevisionView.Change("Visitas a clientes", "Mejora", "Se agrega el plan " + tag()));
        int before = head.call(() -> procedure.history()).size();
        var published = head.call(() -> procedure.publish("Plan de visita", "<h2>OBJETO</h2><p onclick=\"x()\">Texto</p><script>alert(1)</script>",
                change));
        assertEquals("<h2>OBJETO</h2>\n<p>Texto</p>", published.content(), "scripts and handlers removed");
        assertEquals(published.id(), consultant.call(() -> procedure.current()).orElseThrow().id(), "the new one is current");
        assertEquals(before + 1, auditor.call(() -> procedure.history()).size());
        assertEquals("procedure.changesRequired", assertThrows(app.vinculo.platform.error.BusinessException.class,
                () -> head.call(() -> procedure.publish(null, "<p>Texto</p>", List.of()))).messageKey());
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> consultant.call(() -> procedure.publish(null, "<p>x</p>", change)));
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
