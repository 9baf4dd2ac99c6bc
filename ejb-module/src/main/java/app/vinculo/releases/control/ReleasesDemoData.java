package app.vinculo.releases.control;

import app.vinculo.platform.demo.DemoData;
import app.vinculo.releases.entity.ChangeKind;
import app.vinculo.releases.entity.Release;
import app.vinculo.releases.entity.ReleaseChange;
import app.vinculo.releases.entity.TestCampaign;
import app.vinculo.releases.entity.TestCase;
import app.vinculo.releases.entity.TestResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Demo: a release published a month ago with its campaign signed off, one published a week ago with an open campaign
 * (cases assigned to the demo consultant, some still not run — RM8), and a draft R&D is still writing.
 */
@ApplicationScoped
public class ReleasesDemoData implements DemoData {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void load() {
        if (!em.createQuery("select r.id from Release r", Long.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Release old = release("2026.10", today.minusDays(32), "Versión de octubre: facturación electrónica y mejoras de stock.",
                new Object[][]{{ChangeKind.NEW_DEVELOPMENT, "VENTAS", "Factura electrónica de crédito MiPyME"},
                        {ChangeKind.MODIFICATION, "STOCK", "Valorización de inventario por precio promedio ponderado"},
                        {ChangeKind.FIX, "CONTAB", "El cierre de ejercicio duplicaba asientos de refundición"},
                        {ChangeKind.MODIFICATION, "COMPRAS", "Aprobación de órdenes de compra por monto"}});
        old.publish(4, "rd", now.minus(Duration.ofDays(30)));
        TestCampaign closed = campaign(old, now.minus(Duration.ofDays(29)));
        for (TestCase c : cases(closed)) {
            c.assign("consultor");
            c.record(TestResult.PASSED, null, "consultor", now.minus(Duration.ofDays(25)));
        }
        em.flush();
        closed.signOff(cases(closed), "jefe", now.minus(Duration.ofDays(24)));

        Release current = release("2026.11", today.minusDays(8), "Versión de noviembre: tesorería, sueldos y tablero.",
                new Object[][]{{ChangeKind.NEW_DEVELOPMENT, "TESORERIA", "Conciliación bancaria automática por archivo del banco"},
                        {ChangeKind.NEW_DEVELOPMENT, "TABLERO", "Tablero de cobranzas con alertas de vencimiento"},
                        {ChangeKind.MODIFICATION, "SUELDOS", "Nuevo cálculo de ganancias de cuarta categoría"},
                        {ChangeKind.MODIFICATION, "VENTAS", "Listas de precios con vigencia por fecha"},
                        {ChangeKind.FIX, "STOCK", "El remito no descontaba stock del depósito elegido"},
                        {ChangeKind.FIX, "TESORERIA", "Redondeo de retenciones en órdenes de pago"}});
        current.publish(6, "rd", now.minus(Duration.ofDays(7)));
        TestCampaign open = campaign(current, now.minus(Duration.ofDays(6)));
        List<TestCase> cases = cases(open);
        for (int i = 0; i < cases.size(); i++) {
            cases.get(i).assign(i % 2 == 0 ? "consultor" : "jefe");
        }
        cases.get(0).record(TestResult.PASSED, "Conciliación correcta con el archivo de prueba", "consultor", now.minus(Duration.ofDays(3)));
        cases.get(1).record(TestResult.FAILED, "Las alertas no respetan el umbral configurado", "jefe", now.minus(Duration.ofDays(2)));
        cases.get(3).record(TestResult.PASSED, null, "jefe", now.minus(Duration.ofDays(2)));

        release("2026.12", today.plusDays(20), "Versión de diciembre (en preparación).",
                new Object[][]{{ChangeKind.NEW_DEVELOPMENT, "CRM", "Embudo de oportunidades por vendedor"},
                        {ChangeKind.MODIFICATION, "PRODUCCION", "Órdenes de producción con consumo parcial"},
                        {ChangeKind.FIX, "VENTAS", "El pedido no tomaba el descuento del cliente"}});
    }

    private Release release(String label, LocalDate date, String notes, Object[][] changes) {
        Release r = new Release(label);
        r.describe(date, notes);
        em.persist(r);
        int order = 1;
        for (Object[] c : changes) {
            ReleaseChange change = new ReleaseChange(r, order++);
            change.describe((ChangeKind) c[0], (String) c[1], (String) c[2], null);
            em.persist(change);
        }
        return r;
    }

    private TestCampaign campaign(Release r, Instant at) {
        TestCampaign c = new TestCampaign(r, "jefe", at);
        em.persist(c);
        List<ReleaseChange> changes = em.createQuery("select c from ReleaseChange c where c.release = :r order by c.sortOrder",
                ReleaseChange.class).setParameter("r", r).getResultList();
        List<CaseGenerator.Change> input = new ArrayList<>();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        em.createQuery("select m.code, m.name from ErpModule m", Object[].class).getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        changes.forEach(ch -> input.add(new CaseGenerator.Change(ch.getId(), ch.getKind(), ch.getModuleCode(),
                names.getOrDefault(ch.getModuleCode(), ch.getModuleCode()), ch.getDescription())));
        for (CaseGenerator.Case gc : CaseGenerator.casesFor(input)) {
            ReleaseChange ch = changes.stream().filter(x -> x.getId().equals(gc.changeId())).findFirst().orElseThrow();
            em.persist(new TestCase(c, ch, gc.sortOrder(), gc.moduleCode(), gc.title(), gc.steps()));
        }
        em.flush();
        return c;
    }

    private List<TestCase> cases(TestCampaign c) {
        return em.createQuery("select t from TestCase t where t.campaign = :c order by t.sortOrder", TestCase.class)
                .setParameter("c", c).getResultList();
    }
}
