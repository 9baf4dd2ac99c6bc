package app.vinculo.reports;

import app.vinculo.clients.boundary.ContactForm;
import app.vinculo.clients.boundary.ContactRow;
import app.vinculo.clients.boundary.ContactService;
import app.vinculo.requirements.boundary.LineForm;
import app.vinculo.requirements.boundary.QuoteForm;
import app.vinculo.requirements.boundary.RequirementRow;
import app.vinculo.requirements.boundary.RequirementService;
import app.vinculo.requirements.entity.RequirementOrigin;
import app.vinculo.testing.Callers;
import app.vinculo.visits.boundary.TopicForm;
import app.vinculo.visits.boundary.VisitDetail;
import app.vinculo.visits.boundary.VisitForm;
import app.vinculo.visits.boundary.VisitService;
import app.vinculo.visits.entity.TopicKind;
import app.vinculo.visits.entity.VisitKind;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static app.vinculo.testing.TestRecords.uid;

/** The follow-ups, visits, requirements and contacts the report ITs count, created as a consultant does. */
@Dependent
public class ReportRecords {

    @Inject
    Callers.AsConsultant consultant;

    @Inject
    ContactService contactService;

    @Inject
    VisitService visits;

    @Inject
    RequirementService requirements;

    /** A commercial visit with two topics, planned by a consultant for {@code who}. */
    public VisitDetail visit(long clientId, String who, Instant at) throws Exception {
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

    /** A requirement registered and submitted: it waits for the Implementation Head's review. */
    public RequirementRow underReview(long clientId) throws Exception {
        RequirementRow r = consultant.call(() -> requirements.register(clientId, "Necesidad " + uid(), null, null,
                RequirementOrigin.REQUEST, null));
        return consultant.call(() -> requirements.submit(r.id(), r.version()));
    }

    public ContactRow contact(long clientId, String name) throws Exception {
        ContactForm f = new ContactForm();
        f.setName(name + " " + uid());
        f.setEmail(uid() + "@example.com");
        return consultant.call(() -> contactService.addContact(clientId, f));
    }

    /** 20 h of development at 25 000 and 4 h of training at 18 000: 692 120,00 with 21 % VAT. */
    public static QuoteForm twoLines() {
        QuoteForm f = new QuoteForm();
        f.setLines(new ArrayList<>(List.of(new LineForm("Análisis y desarrollo", new BigDecimal("20"), new BigDecimal("25000")),
                new LineForm("Capacitación", new BigDecimal("4"), new BigDecimal("18000")))));
        return f;
    }
}
