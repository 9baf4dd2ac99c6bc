package app.vinculo.agreements.control;

import app.vinculo.agreements.entity.Agreement;
import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.agreements.entity.Currency;
import app.vinculo.agreements.entity.GateReason;
import app.vinculo.agreements.entity.RegularizationCase;
import app.vinculo.clients.entity.Client;
import app.vinculo.platform.demo.DemoData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Demo: agreements in every state so the gate and the reminders show at once — active, ending in 5/25/55 days
 * (RM3), expired, cancelled, future, never had one; A&D and training agreements; one open regularisation case.
 */
@ApplicationScoped
public class AgreementsDemoData implements DemoData {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load() {
        if (!em.createQuery("select a.id from Agreement a", Long.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        List<Client> clients = em.createQuery("select c from Client c order by c.id", Client.class).getResultList();
        if (clients.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < clients.size(); i++) {
            Client c = clients.get(i);
            switch (i) {
                case 0 -> sm(c, today.minusMonths(5), today.plusMonths(7), 40, "180000");         // Fábrica Sur: active
                case 1 -> sm(c, today.minusYears(1).minusMonths(2), today.minusMonths(2), 20, "95000"); // Metalúrgica Andina: expired
                case 2 -> { }                                                                       // Bodegas del Sol: never
                case 3 -> sm(c, today.minusYears(1).plusDays(5), today.plusDays(5), 30, "120000"); // ends in 5 days
                case 4 -> sm(c, today.minusMonths(11), today.plusDays(25), 30, "150000");          // ends in 25 days
                case 5 -> sm(c, today.minusMonths(10), today.plusDays(55), 16, "70000");           // ends in 55 days
                case 6 -> {                                                                         // cancelled
                    Agreement a = sm(c, today.minusMonths(3), today.plusMonths(9), 20, "90000");
                    a.cancel("El cliente suspendió el servicio por reestructuración", clock.instant().minus(Duration.ofDays(10)));
                }
                case 7 -> sm(c, today.plusDays(10), today.plusDays(10).plusYears(1).minusDays(1), 24, "110000"); // future
                default -> {
                    if (i % 9 == 8) {
                        break; // a few more without agreements
                    }
                    Agreement previous = sm(c, today.minusYears(1).minusMonths(i % 6), today.minusMonths(i % 6).minusDays(1), 20, "80000");
                    Agreement current = previous.renew(today.minusMonths(i % 6), today.minusMonths(i % 6).plusYears(1).minusDays(1));
                    em.persist(current);
                }
            }
            if (i % 4 == 0) {
                Agreement ad = new Agreement(c, AgreementType.SUPPORT_DEVELOPMENT, today.minusMonths(2), today.plusMonths(10));
                ad.terms(60, new BigDecimal("12500"), Currency.USD, "Desarrollos a medida, 60 horas por año");
                em.persist(ad);
            }
            if (i % 6 == 1) {
                Agreement tr = new Agreement(c, AgreementType.TRAINING, today.minusMonths(1), today.plusMonths(5));
                tr.terms(16, new BigDecimal("48000"), Currency.ARS, "Dos cursos de 8 horas en nuestras oficinas");
                em.persist(tr);
            }
        }
        // Metalúrgica Andina asked for help after its A&M expired: an open case for the Project Managers
        em.persist(new RegularizationCase(clients.get(1), GateReason.EXPIRED,
                "Consulta telefónica por el cierre de sueldos", clock.instant().minus(Duration.ofDays(2))));
    }

    private Agreement sm(Client c, LocalDate start, LocalDate end, int hours, String fee) {
        Agreement a = new Agreement(c, AgreementType.SUPPORT_MAINTENANCE, start, end);
        a.terms(hours, new BigDecimal(fee), Currency.ARS, hours + " horas mensuales de asistencia remota y presencial");
        em.persist(a);
        return a;
    }
}
