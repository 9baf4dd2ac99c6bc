package app.vinculo.clients;

import app.vinculo.agreements.boundary.AgreementForm;
import app.vinculo.agreements.boundary.AgreementService;
import app.vinculo.agreements.boundary.AssistanceService;
import app.vinculo.clients.boundary.ClientDetail;
import app.vinculo.clients.boundary.ClientFilter;
import app.vinculo.clients.boundary.ClientForm;
import app.vinculo.clients.boundary.ClientService;
import app.vinculo.clients.boundary.ClientSummary;
import app.vinculo.clients.boundary.ClientTimelineService;
import app.vinculo.clients.boundary.ContactForm;
import app.vinculo.clients.boundary.ContactService;
import app.vinculo.clients.entity.TaxId;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.timeline.TimelineEntry;
import app.vinculo.testing.Callers;
import app.vinculo.testing.Deployments;
import app.vinculo.testing.GateProbe;
import app.vinculo.testing.TestRecords;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static app.vinculo.testing.TestRecords.uid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The clients feature on a real Payara + Derby: Spanish name order, word-prefix search, tax ids, assignment, stale edits, the timeline. */
@ExtendWith(ArquillianExtension.class)
class ClientsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.businessTier("clients-it", ClientsIT.class);
    }

    @Inject
    Callers.AsConsultant consultant;

    @Inject
    Callers.AsImplementationHead head;

    @Inject
    ClientService clients;

    @Inject
    ContactService contactService;

    @Inject
    ClientTimelineService timelineService;

    @Inject
    AgreementService agreements;

    @Inject
    AssistanceService assistance;

    @Inject
    GateProbe probe;

    @Inject
    TestRecords records;

    private LocalDate today() {
        return records.today();
    }

    @Test
    @DisplayName("the client list sorted by name follows Spanish alphabetical order, ignoring accents and case: Fábrica Sur between Energía and Farmacias, ñ after n")
    void sortsNamesInSpanishOrder() throws Exception {
        String tag = "q" + uid();
        for (String name : List.of("Frigorífico", "farmacias", "Ñandú Hogar", "Fábrica Sur", "Nube Sistemas", "Energía")) {
            records.client(name + " " + tag);
        }
        ClientFilter filter = new ClientFilter(tag, null, Boolean.TRUE, null, false, null, false);
        List<String> ascending = consultant.call(() -> clients.page(filter, 0, 20, "legalName", true)).stream()
                .map(ClientSummary::legalName).toList();
        assertEquals(List.of("Energía", "Fábrica Sur", "farmacias", "Frigorífico", "Nube Sistemas", "Ñandú Hogar"),
                ascending.stream().map(n -> n.substring(0, n.length() - tag.length() - 1)).toList());
        List<String> descending = consultant.call(() -> clients.page(filter, 0, 20, "legalName", false)).stream()
                .map(ClientSummary::legalName).toList();
        List<String> reversed = new java.util.ArrayList<>(ascending);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, descending);
    }

    @Test
    @DisplayName("clients are found by any word prefix of their names, tax id or contacts, without accents or case")
    void searchByWordPrefix() throws Exception {
        String tag = uid();
        ClientDetail c = records.client("Fábrica Zeta" + tag + " S.A.");
        ContactForm contact = new ContactForm();
        contact.setName("Ramona Quiroga" + tag);
        contact.setEmail("ramona@example.com");
        contact.setDecisionMaker(true);
        contact.setKeyUserOf(new java.util.LinkedHashSet<>(Set.of("NO-SUCH-MODULE")));
        assertEquals("module.unknown", assertThrows(InvalidInputException.class,
                () -> consultant.call(() -> contactService.addContact(c.id(), contact))).messageKey(),
                "a contact is key user only of catalogue modules");
        contact.setKeyUserOf(null);
        consultant.call(() -> contactService.addContact(c.id(), contact));

        assertTrue(consultant.call(() -> clients.search("fabrica zeta" + tag, 10)).stream().anyMatch(h -> h.id().equals(c.id())));
        assertTrue(consultant.call(() -> clients.search("FABR ZETA" + tag.substring(0, 3), 10)).stream().anyMatch(h -> h.id().equals(c.id())));
        assertTrue(consultant.call(() -> clients.search("quiroga" + tag, 10)).stream().anyMatch(h -> h.id().equals(c.id())),
                "a contact's name finds the client");
        assertTrue(consultant.call(() -> clients.search(c.taxId().replace("-", ""), 10)).stream().anyMatch(h -> h.id().equals(c.id())));
        assertEquals(1, consultant.call(() -> clients.count(new ClientFilter("zeta" + tag, null, true, null, false, null, false))));
        assertTrue(consultant.call(() -> clients.search("%' OR 1=1 --", 10)).stream().noneMatch(h -> h.id().equals(c.id())),
                "SQL meta-characters are no words");
    }

    @Test
    @DisplayName("a CUIT with a wrong check digit or an already used tax id is refused at the boundary")
    void taxIdValidation() throws Exception {
        ClientForm f = new ClientForm();
        f.setLegalName("Sin CUIT " + uid());
        f.setTaxIdKind(TaxId.Kind.CUIT);
        f.setTaxId("20-12345678-5");
        assertEquals("client.taxId.cuitCheckDigit",
                assertThrows(InvalidInputException.class, () -> consultant.call(() -> clients.create(f))).messageKey());
        ClientDetail existing = records.client("Duplicado " + uid());
        f.setTaxId(existing.taxId());
        assertEquals("client.taxId.exists",
                assertThrows(InvalidInputException.class, () -> consultant.call(() -> clients.create(f))).messageKey());
    }

    @Test
    @DisplayName("roles: a consultant cannot create agreements nor assign consultants; the Implementation Head assigns")
    void roleRefusals() throws Exception {
        ClientDetail c = records.client("Roles " + uid());
        AgreementForm f = new AgreementForm();
        f.setStart(today());
        f.setEnd(today().plusYears(1));
        assertThrows(EJBAccessException.class, () -> consultant.call(() -> agreements.create(c.id(), f)));
        assertThrows(EJBAccessException.class, () -> consultant.call(() -> clients.assign(c.id(), null, Set.of())));
        String lead = "lead" + uid();
        probe.createStaff(lead, lead + "@example.com", Role.CONSULTANT);
        ClientDetail assigned = head.call(() -> clients.assign(c.id(), lead, Set.of()));
        assertEquals(lead, assigned.leadConsultant());
        assertThrows(InvalidInputException.class, () -> head.call(() -> clients.assign(c.id(), "no-such-user", Set.of())));
    }

    @Test
    @DisplayName("a stale edit of a client is refused with 'changed by someone else' and changes nothing")
    void concurrentClientEdit() throws Exception {
        ClientDetail c = records.client("Concurrente " + uid());
        ClientForm first = c.toForm();
        ClientForm second = c.toForm();
        first.setIndustry("Metalurgia");
        consultant.call(() -> clients.update(c.id(), first));
        second.setIndustry("Textil");
        assertEquals("error.concurrentEdit", assertThrows(BusinessException.class,
                () -> consultant.call(() -> clients.update(c.id(), second))).messageKey());
        assertEquals("Metalurgia", consultant.call(() -> clients.find(c.id())).industry());
    }

    @Test
    @DisplayName("the client timeline shows agreements and refused requests, newest first")
    void timeline() throws Exception {
        ClientDetail c = records.client("Historial " + uid());
        consultant.call(() -> assistance.request(c.id(), null, "Pedido sin acuerdo"));
        records.maintenance(c.id(), today(), today().plusYears(1));
        List<TimelineEntry> entries = consultant.call(() -> timelineService.timeline(c.id(), null, 20, null));
        assertTrue(entries.stream().anyMatch(e -> e.messageKey().equals("timeline.ASSISTANCE_REFUSED")));
        assertTrue(entries.stream().anyMatch(e -> e.messageKey().equals("timeline.AGREEMENT_SIGNED")));
        for (int i = 1; i < entries.size(); i++) {
            assertFalse(entries.get(i).at().isAfter(entries.get(i - 1).at()), "newest first");
        }
        assertTrue(consultant.call(() -> timelineService.timeline(c.id(), null, 20, Set.of("AGREEMENT"))).stream()
                .allMatch(e -> e.kind().equals("AGREEMENT")));
    }
}
