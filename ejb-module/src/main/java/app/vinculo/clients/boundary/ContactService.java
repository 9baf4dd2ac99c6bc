package app.vinculo.clients.boundary;

import app.vinculo.clients.control.ClientIndex;
import app.vinculo.clients.entity.Client;
import app.vinculo.clients.entity.Contact;
import app.vinculo.platform.error.NotFoundException;
import app.vinculo.platform.persistence.Entities;
import app.vinculo.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Boundary of a client's contacts (PRODUCT.md §1): who they are, their role in decisions, the modules they are key
 * users of and the language their mails are written in. Staff read them; consultants, Implementation Heads and
 * Project Managers add and edit. Contacts are deactivated, never deleted (their attendance and visits stay).
 */
@Stateless
public class ContactService {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    ClientModuleService modules;

    @Inject
    ClientIndex index;

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public List<ContactRow> contacts(long clientId) {
        Entities.require(em, Client.class, clientId, "client");
        return em.createQuery("select c from Contact c where c.client.id = :id order by c.active desc, c.name", Contact.class)
                .setParameter("id", clientId).getResultList().stream().map(ContactService::row).toList();
    }

    /** Whether the contacts exist and belong to the client (for features that invite or record contacts). */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public boolean contactsBelong(long clientId, Set<Long> contactIds) {
        if (contactIds == null || contactIds.isEmpty()) {
            return true;
        }
        Long found = em.createQuery("select count(c) from Contact c where c.client.id = :client and c.id in :ids", Long.class)
                .setParameter("client", clientId).setParameter("ids", contactIds).getSingleResult();
        return found == contactIds.size();
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER})
    public ContactRow addContact(long clientId, @NotNull @Valid ContactForm form) {
        Client client = em.find(Client.class, clientId, LockModeType.PESSIMISTIC_WRITE);
        if (client == null) {
            throw new NotFoundException("client", clientId);
        }
        Contact contact = new Contact(client);
        describe(contact, form);
        em.persist(contact);
        em.flush();
        index.reindex(client);
        return row(contact);
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER})
    public ContactRow updateContact(long contactId, @NotNull @Valid ContactForm form) {
        Contact contact = Entities.requireCurrent(em, Contact.class, contactId, form.getVersion(), "contact");
        describe(contact, form);
        em.flush();
        index.reindex(contact.getClient());
        return row(contact);
    }

    private void describe(Contact contact, ContactForm f) {
        modules.requireKnown(f.getKeyUserOf());
        contact.describe(f.getName(), f.getPosition(), f.getEmail(), f.getPhone(), f.isDecisionMaker(), f.isInfluencer(),
                f.getKeyUserOf(), f.isActive());
        contact.speaks(f.getLanguage());
    }

    private static ContactRow row(Contact c) {
        return new ContactRow(c.getId(), c.getVersion(), c.getClient().getId(), c.getName(), c.getPosition(), c.getEmail(),
                c.getPhone(), c.isDecisionMaker(), c.isInfluencer(), new TreeSet<>(c.getKeyUserOf()), c.isActive(),
                c.getLanguage());
    }
}
