package app.vinculo.visits.control;

import app.vinculo.clients.entity.Client;
import app.vinculo.clients.entity.Contact;
import app.vinculo.followups.entity.Channel;
import app.vinculo.followups.entity.FollowUp;
import app.vinculo.followups.entity.Nature;
import app.vinculo.platform.demo.DemoData;
import app.vinculo.visits.entity.DetectedRequirement;
import app.vinculo.visits.entity.InterestLevel;
import app.vinculo.visits.entity.TopicKind;
import app.vinculo.visits.entity.TopicOutcome;
import app.vinculo.visits.entity.Visit;
import app.vinculo.visits.entity.VisitKind;
import app.vinculo.visits.entity.VisitTopic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Demo: held visits with their records, upcoming visits (one in two days still unconfirmed, for RM2), and
 * follow-ups with next actions for the demo consultants, some overdue (RM1).
 */
@ApplicationScoped
public class VisitsDemoData implements DemoData {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load() {
        if (!em.createQuery("select v.id from Visit v", Long.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        List<Client> clients = em.createQuery("select c from Client c order by c.id", Client.class).setMaxResults(12).getResultList();
        if (clients.size() < 6) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        // held visits with a record
        held(clients.get(0), VisitKind.MIXED, at(today.minusDays(20), 10), "consultor");
        held(clients.get(4), VisitKind.ASSISTANCE, at(today.minusDays(3), 15), "consultor");
        held(clients.get(8), VisitKind.COMMERCIAL, at(today.minusDays(40), 11), "jefe");
        // upcoming
        Visit soon = planned(clients.get(0), VisitKind.MIXED, at(today.plusDays(2), 10), "consultor",
                List.of(new VisitTopic("Demostración del Tablero de control", TopicKind.DEMO, "TABLERO", false)));
        Visit confirmed = planned(clients.get(5), VisitKind.COMMERCIAL, at(today.plusDays(6), 9), "consultor",
                List.of(new VisitTopic("Presentación de CRM", TopicKind.DEMO, "CRM", false),
                        new VisitTopic("Revisión de circuito de compras", TopicKind.REVIEW, "COMPRAS", false),
                        new VisitTopic("Novedades de Sueldos", TopicKind.DEMO, "SUELDOS", true)));
        confirmed.confirm(2, true);
        planned(clients.get(3), VisitKind.ASSISTANCE, at(today.plusDays(9), 14), "jefe",
                List.of(new VisitTopic("Instalación de la nueva versión", TopicKind.INSTALLATION, null, false),
                        new VisitTopic("Capacitación a usuarios de Stock", TopicKind.TRAINING, "STOCK", false)));
        // follow-ups with next actions
        followUp(clients.get(1), "consultor", today.minusDays(12), Channel.CALL, Nature.COMMERCIAL,
                "Llamado por la renovación del acuerdo de A&M", "Enviar propuesta de renovación", "gerente", today.minusDays(2));
        followUp(clients.get(0), "consultor", today.minusDays(6), Channel.EMAIL, Nature.TECHNICAL,
                "Consulta por error en el cierre de IVA", "Confirmar que la corrección funciona", "consultor", today.minusDays(1));
        followUp(clients.get(4), "consultor", today.minusDays(3), Channel.VIDEO_CALL, Nature.COMMERCIAL,
                "Interés en el módulo de Producción", "Coordinar demostración de Producción", "consultor", today);
        followUp(clients.get(5), "jefe", today.minusDays(1), Channel.MEETING, Nature.COMMERCIAL,
                "Reunión con la gerencia general", "Preparar presupuesto de CRM", "jefe", today.plusDays(5));
        followUp(clients.get(9), "consultor", today.minusDays(30), Channel.CALL, Nature.COMMERCIAL,
                "Seguimiento de satisfacción", null, null, null);
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(clock.getZone()).toInstant();
    }

    private Set<Long> contacts(Client client) {
        return em.createQuery("select c from Contact c where c.client = :c order by c.id", Contact.class)
                .setParameter("c", client).getResultList().stream().map(Contact::getId).limit(2).collect(Collectors.toSet());
    }

    private Visit planned(Client client, VisitKind kind, Instant at, String consultant, List<VisitTopic> topics) {
        Visit v = new Visit(client, kind, at, 120);
        v.plan(kind, at, 120, client.getAddress(), Set.of(consultant), "Presentar módulos que el cliente todavía no usa",
                "Revisar el uso de los módulos instalados", topics, contacts(client));
        em.persist(v);
        return v;
    }

    private void held(Client client, VisitKind kind, Instant at, String consultant) {
        Visit v = planned(client, kind, at, consultant, List.of(
                new VisitTopic("Demostración de Tesorería", TopicKind.DEMO, "TESORERIA", false),
                new VisitTopic("Revisión de reportes de Ventas", TopicKind.REVIEW, "VENTAS", false),
                new VisitTopic("Tablero de control", TopicKind.DEMO, "TABLERO", true)));
        v.confirm(2, true);
        v.record(contacts(client), null, List.of(
                        v.getTopics().get(0).withResult(TopicOutcome.COVERED, InterestLevel.HIGH),
                        v.getTopics().get(1).withResult(TopicOutcome.COVERED, InterestLevel.MEDIUM),
                        v.getTopics().get(2).withResult(TopicOutcome.SKIPPED, null)),
                "Cómo parametrizar las retenciones en Tesorería.",
                List.of(new DetectedRequirement("Reporte de ventas por zona", "Agrupar las ventas por zona y vendedor", "VENTAS")),
                "Curso de Tesorería para dos usuarios", "Muy buena recepción; interés concreto en Tesorería.",
                consultant, at.plus(Duration.ofHours(3)), false);
    }

    private void followUp(Client client, String author, LocalDate day, Channel channel, Nature nature, String summary,
                          String action, String owner, LocalDate due) {
        FollowUp f = new FollowUp(client, author, at(day, 11), channel, nature, summary, null);
        f.details(contacts(client), "Se registró la consulta.");
        f.nextAction(action, owner, due);
        em.persist(f);
    }
}
