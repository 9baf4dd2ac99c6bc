package app.vinculo.requirements.control;

import app.vinculo.agreements.entity.Currency;
import app.vinculo.clients.entity.Client;
import app.vinculo.platform.demo.DemoData;
import app.vinculo.requirements.entity.Quote;
import app.vinculo.requirements.entity.QuoteCounter;
import app.vinculo.requirements.entity.QuotePricing;
import app.vinculo.requirements.entity.Requirement;
import app.vinculo.requirements.entity.RequirementOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Demo: a requirement waiting for the Implementation Head's review for 6 days (RM5), one planned under an A&D
 * agreement, and two being quoted — one quote sent 16 days ago without answer (RM6), one still a draft.
 */
@ApplicationScoped
public class RequirementsDemoData implements DemoData {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load() {
        if (!em.createQuery("select r.id from Requirement r", Long.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        List<Client> clients = em.createQuery("select c from Client c order by c.id", Client.class).setMaxResults(6).getResultList();
        if (clients.size() < 6) {
            return;
        }
        Instant now = clock.instant();
        Requirement review = new Requirement(clients.get(0), "Reporte de ventas por zona y vendedor",
                "Agrupar las ventas del mes por zona y vendedor, con comparación contra el año anterior.", "VENTAS",
                RequirementOrigin.VISIT, null, "consultor");
        review.submit(now.minus(Duration.ofDays(6)));
        em.persist(review);

        Requirement planned = new Requirement(clients.get(4), "Interfaz con el banco para pagos a proveedores", null,
                "TESORERIA", RequirementOrigin.FOLLOW_UP, null, "consultor");
        planned.submit(now.minus(Duration.ofDays(20)));
        planned.approve(true, "jefe", now.minus(Duration.ofDays(18)));
        planned.plan(LocalDate.now(clock).plusMonths(2), "9.5", 60, "consultor");
        em.persist(planned);

        int year = LocalDate.now(clock).getYear();
        QuoteCounter counter = em.find(QuoteCounter.class, year);
        if (counter == null) {
            counter = new QuoteCounter(year);
            em.persist(counter);
        }
        Requirement quoted = quoting(clients.get(1), "Tablero de control para la gerencia", now);
        Quote sent = new Quote(QuotePricing.number(year, counter.next()), clients.get(1), Set.of(quoted.getId()), new BigDecimal("21"));
        sent.edit(List.of(QuotePricing.line("Análisis y desarrollo del tablero", new BigDecimal("40"), new BigDecimal("28000")),
                        QuotePricing.line("Capacitación a usuarios", new BigDecimal("6"), new BigDecimal("21000"))),
                Currency.ARS, new BigDecimal("5"), 3, "Tres cuotas mensuales, 30 días fecha de factura", 30);
        sent.submitForApproval();
        sent.approve("gerente");
        sent.send(now.minus(Duration.ofDays(16)));
        em.persist(sent);

        Requirement drafted = quoting(clients.get(5), "Integración con la tienda en línea", now);
        Quote draft = new Quote(QuotePricing.number(year, counter.next()), clients.get(5), Set.of(drafted.getId()), new BigDecimal("21"));
        draft.edit(List.of(QuotePricing.line("Integración de catálogo y pedidos", new BigDecimal("80"), new BigDecimal("95"))),
                Currency.USD, BigDecimal.ZERO, 1, "Contado", 15);
        em.persist(draft);
    }

    private Requirement quoting(Client client, String title, Instant now) {
        Requirement r = new Requirement(client, title, null, null, RequirementOrigin.REQUEST, null, "consultor");
        r.submit(now.minus(Duration.ofDays(10)));
        r.approve(false, "jefe", now.minus(Duration.ofDays(9)));
        em.persist(r);
        em.flush();
        return r;
    }
}
