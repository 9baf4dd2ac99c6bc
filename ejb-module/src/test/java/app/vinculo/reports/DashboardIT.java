package app.vinculo.reports;

import app.vinculo.agreements.boundary.AgreementForm;
import app.vinculo.agreements.boundary.AgreementRow;
import app.vinculo.agreements.boundary.AgreementService;
import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.agreements.entity.Currency;
import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.platform.security.Role;
import app.vinculo.reports.boundary.AgendaItem;
import app.vinculo.reports.boundary.DashboardService;
import app.vinculo.reports.boundary.Home;
import app.vinculo.reports.boundary.KpiFilter;
import app.vinculo.reports.boundary.KpiService;
import app.vinculo.reports.boundary.Kpis;
import app.vinculo.requirements.boundary.QuoteDetail;
import app.vinculo.requirements.boundary.QuoteService;
import app.vinculo.requirements.boundary.RequirementRow;
import app.vinculo.requirements.boundary.RequirementService;
import app.vinculo.testing.Callers;
import app.vinculo.testing.Deployments;
import app.vinculo.testing.GateProbe;
import app.vinculo.testing.ReportsProbe;
import app.vinculo.testing.TestRecords;
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
import app.vinculo.visits.boundary.VisitDetail;
import app.vinculo.visits.boundary.VisitRecordForm;
import app.vinculo.visits.boundary.VisitService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static app.vinculo.testing.TestRecords.uid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PRODUCT.md §8 on a real Payara + Derby: the home page per role in a fixed number of queries, each KPI on a known data set. */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.businessTier("dashboard-it", DashboardIT.class, ReportRecords.class, ReportsProbe.class, ReportsProbe.StatementListener.class);
    }

    /** The user of the @RunAs(IMPLEMENTATION_HEAD) caller (usernames are stored in lower case): "my" items are theirs. */
    private static final String HEAD = "implementation_head";
    private static final String PM = "project_manager";

    @Inject
    Callers.AsConsultant consultant;

    @Inject
    Callers.AsProjectManager pm;

    @Inject
    Callers.AsImplementationHead head;

    @Inject
    Callers.AsAuditor auditor;

    @Inject
    AgreementService agreements;

    @Inject
    VisitService visits;

    @Inject
    RequirementService requirements;

    @Inject
    QuoteService quotes;

    @Inject
    CourseService courses;

    @Inject
    EditionService editions;

    @Inject
    app.vinculo.training.boundary.RegistrationService registrations;

    @Inject
    DashboardService dashboard;

    @Inject
    KpiService kpis;

    @Inject
    ReportsProbe probe;

    @Inject
    GateProbe gate;

    @Inject
    TestRecords records;

    @Inject
    ReportRecords reportRecords;

    @Inject
    Clock clock;

    private ClientDetail client(String name, String lead) throws Exception {
        return records.client(name + " " + uid(), lead);
    }

    private LocalDate today() {
        return records.today();
    }

    /** One more item in each part of the Implementation Head's and the PM's home pages. */
    private void grow(int n) throws Exception {
        for (int i = 0; i < n; i++) {
            ClientDetail c = client("Tablero", HEAD);
            records.maintenance(c.id(), today().minusMonths(11), today().plusDays(20 + i));
            records.nextAction(c.id(), HEAD, today().minusDays(1));
            records.nextAction(c.id(), PM, today().plusDays(3));
            reportRecords.visit(c.id(), HEAD, clock.instant().plus(Duration.ofHours(30 + i)));
            reportRecords.underReview(c.id());
            ClientDetail quiet = client("Sin contacto", HEAD);
            probe.backdateClient(quiet.id(), clock.instant().minus(Duration.ofDays(400)));
            try {
                gate.requireAssistable(quiet.id());
            } catch (app.vinculo.agreements.boundary.AssistanceRefusedException refusedAndReferred) {
                // R1.3: no A&M → a regularisation case is opened for the PMs
            } catch (jakarta.ejb.EJBException wrapped) {
                if (!(wrapped.getCause() instanceof app.vinculo.agreements.boundary.AssistanceRefusedException)) {
                    throw wrapped;
                }
            }
        }
    }

    /**
     * The statements that read the page's data: the settings (time zone, thresholds) are re-read when their few-second
     * cache expires, whenever that falls, so they are not counted against the page's size.
     */
    private static List<String> dataReads(List<String> statements) {
        return statements.stream().filter(s -> !s.contains(" FROM SETTING WHERE")).toList();
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

    @Test
    @DisplayName("§8 each KPI on a known data set: contacted, A&M and renewals, requirements → quotes → accepted, courses, visits per consultant per month")
    void kpisOnAKnownDataSet() throws Exception {
        String x = "kpi" + uid();
        probe.staff(x, Role.CONSULTANT);
        LocalDate today = today();
        ClientDetail a = client("Alfa", x);
        ClientDetail b = client("Beta", x);
        ClientDetail c = client("Gama", x);
        records.maintenance(a.id(), today.minusMonths(3), today.plusMonths(9));
        AgreementRow old = records.maintenance(b.id(), today.minusYears(1), today.minusDays(10));
        AgreementForm renewal = new AgreementForm();
        renewal.setType(AgreementType.SUPPORT_MAINTENANCE);
        renewal.setStart(today.minusDays(9));
        renewal.setEnd(today.plusYears(1));
        pm.call(() -> agreements.renew(old.id(), old.version(), renewal));
        records.maintenance(c.id(), today.minusYears(1), today.minusDays(5));
        probe.backdateClient(c.id(), clock.instant().minus(Duration.ofDays(200)));

        records.nextAction(a.id(), x, today.plusDays(5));                                   // A contacted by a follow-up
        VisitDetail v = reportRecords.visit(b.id(), x, clock.instant().minus(Duration.ofHours(3))); // B contacted by a held visit
        VisitDetail confirmed = consultant.call(() -> visits.confirm(v.id(), v.version())).visit();
        VisitRecordForm record = new VisitRecordForm();
        record.setVersion(confirmed.version());
        record.setAssessment("Buena recepción");
        consultant.call(() -> visits.record(v.id(), record));

        RequirementRow first = reportRecords.underReview(a.id());
        reportRecords.underReview(a.id()); // two requirements registered for A, the first approved into a quote (no A&D)
        RequirementRow quoted = head.call(() -> requirements.approve(first.id(), first.version()));
        QuoteDetail draft = head.call(() -> quotes.draft(Set.of(quoted.id()), ReportRecords.twoLines()));
        QuoteDetail pending = head.call(() -> quotes.submitForApproval(draft.id(), draft.version()));
        QuoteDetail approved = pm.call(() -> quotes.approve(pending.id(), pending.version()));
        QuoteDetail sent = pm.call(() -> quotes.send(approved.id(), approved.version()));
        pm.call(() -> quotes.accept(sent.id(), sent.version()));

        CourseForm cf = new CourseForm();
        cf.setCode("K" + uid().toUpperCase());
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
        RegistrationRow ana = consultant.call(() -> registrations.enrol(e.id(), reportRecords.contact(a.id(), "Ana").id()));
        RegistrationRow beto = consultant.call(() -> registrations.enrol(e.id(), reportRecords.contact(b.id(), "Beto").id()));
        RegistrationRow carla = consultant.call(() -> registrations.enrol(e.id(), reportRecords.contact(b.id(), "Carla").id()));
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
}
