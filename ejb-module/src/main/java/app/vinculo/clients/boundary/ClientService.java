package app.vinculo.clients.boundary;

import app.vinculo.agreements.boundary.ActiveAgreements;
import app.vinculo.agreements.entity.AgreementStatus;
import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.clients.control.ClientIndex;
import app.vinculo.clients.entity.Client;
import app.vinculo.clients.entity.ClientModule;
import app.vinculo.clients.entity.Contact;
import app.vinculo.clients.entity.ErpModule;
import app.vinculo.clients.entity.ModuleStatus;
import app.vinculo.clients.entity.TaxId;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.error.NotFoundException;
import app.vinculo.platform.persistence.Entities;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsStore;
import app.vinculo.platform.timeline.TimelineEntry;
import app.vinculo.platform.timeline.TimelineSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Boundary of clients, their contacts and modules (PRODUCT.md §1). Staff read every client; consultants,
 * Implementation Heads and Project Managers create and edit; only the Implementation Head assigns consultants.
 * Clients are deactivated, never deleted (R1.1: only active clients take part in the procedure).
 */
@Stateless
public class ClientService {

    private static final Set<String> SORTABLE = Set.of("legalName", "taxId", "leadConsultant", "lastContactAt");

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    ClientIndex index;

    @Inject
    SettingsStore settings;

    @Inject
    Instance<TimelineSource> timelineSources;

    @Inject
    Clock clock;

    @Inject
    ActiveAgreements activeAgreements;

    // ---- list and search ----------------------------------------------------------------------------------

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public List<ClientSummary> page(ClientFilter filter, int first, int size, String sortField, boolean ascending) {
        Map<String, Object> params = new HashMap<>();
        ClientIndex.TextMatch text = filter == null ? null : ClientIndex.match(filter.text(), params);
        String where = where(filter, params, text);
        String sort = sortField != null && SORTABLE.contains(sortField) ? sortField : "legalName";
        if (sort.equals("legalName")) {
            sort = "sortName"; // accent- and case-insensitive Spanish order (platform.i18n.SortKey)
        }
        TypedQuery<Client> q = em.createQuery("select " + (text == null ? "" : "distinct ") + "c from Client c"
                + (text == null ? "" : text.from()) + where + " order by c." + sort
                + (ascending ? " asc" : " desc") + ", c.id", Client.class);
        params.forEach(q::setParameter);
        List<Client> clients = q.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), 500))
                .getResultList();
        Map<Long, LocalDate> until = maintenanceUntil(clients.stream().map(Client::getId).toList());
        Instant now = clock.instant();
        int riskDays = settings.intValue(Setting.AT_RISK_DAYS);
        return clients.stream().map(c -> new ClientSummary(c.getId(), c.getLegalName(), c.getTradeName(), c.getTaxId(),
                c.getLeadConsultant(), c.isActive(), until.get(c.getId()), c.getLastContactAt(),
                daysSince(c.getLastContactAt()), c.isAtRisk(now, riskDays))).toList();
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public long count(ClientFilter filter) {
        Map<String, Object> params = new HashMap<>();
        ClientIndex.TextMatch text = filter == null ? null : ClientIndex.match(filter.text(), params);
        TypedQuery<Long> q = em.createQuery("select count(" + (text == null ? "c" : "distinct c.id") + ") from Client c"
                + (text == null ? "" : text.from()) + where(filter, params, text), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** The top bar's search: up to {@code max} clients with words starting with each word typed. */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public List<ClientHit> search(String text, int max) {
        Map<String, Object> params = new HashMap<>();
        ClientIndex.TextMatch match = ClientIndex.match(text, params);
        if (match == null) {
            return List.of();
        }
        TypedQuery<ClientHit> q = em.createQuery("select distinct new app.vinculo.clients.boundary.ClientHit(c.id, "
                + "c.legalName, c.taxId, c.active) from Client c" + match.from() + " where " + match.where()
                + " order by c.active desc, c.sortName", ClientHit.class);
        params.forEach(q::setParameter);
        return q.setMaxResults(Math.min(Math.max(1, max), 50)).getResultList();
    }

    private String where(ClientFilter f, Map<String, Object> params, ClientIndex.TextMatch text) {
        if (f == null) {
            return "";
        }
        List<String> c = new ArrayList<>();
        if (text != null) {
            c.add(text.where());
        }
        if (f.consultant() != null && !f.consultant().isBlank()) {
            c.add("(c.leadConsultant = :consultant or :consultant member of c.consultants)");
            params.put("consultant", f.consultant().trim());
        }
        if (f.active() != null) {
            c.add("c.active = :active");
            params.put("active", f.active());
        }
        LocalDate today = LocalDate.now(clock);
        String activeMaintenance = ActiveAgreements.EXISTS;
        if (f.maintenance() == AgreementStatus.ACTIVE) {
            c.add(activeMaintenance);
        } else if (f.withoutMaintenance()) {
            c.add("not " + activeMaintenance);
        }
        if (f.maintenance() == AgreementStatus.ACTIVE || f.withoutMaintenance()) {
            params.put("activeType", AgreementType.SUPPORT_MAINTENANCE);
            params.put("activeDay", today);
        }
        if (f.moduleCode() != null && !f.moduleCode().isBlank()) {
            c.add("exists (select m.id from ClientModule m where m.client = c and m.module.code = :module "
                    + "and m.status = :installed)");
            params.put("module", f.moduleCode().trim().toUpperCase(java.util.Locale.ROOT));
            params.put("installed", ModuleStatus.INSTALLED);
        }
        if (f.atRiskOnly()) {
            c.add("((c.lastContactAt is null and c.createdAt < :riskLimit) or c.lastContactAt < :riskLimit)");
            params.put("riskLimit", riskLimit());
        }
        return c.isEmpty() ? "" : " where " + String.join(" and ", c);
    }

    private Instant riskLimit() {
        return clock.instant().minus(Duration.ofDays(settings.intValue(Setting.AT_RISK_DAYS)));
    }

    /** End of the A&M agreement active today, per client, in one query for the page. */
    private Map<Long, LocalDate> maintenanceUntil(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return activeAgreements.activeUntil(ids, AgreementType.SUPPORT_MAINTENANCE, LocalDate.now(clock));
    }

    private Long daysSince(Instant at) {
        return at == null ? null : Duration.between(at, clock.instant()).toDays();
    }

    private boolean atRisk(Client c) {
        return c.isAtRisk(clock.instant(), settings.intValue(Setting.AT_RISK_DAYS));
    }

    // ---- one client ---------------------------------------------------------------------------------------

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public ClientDetail find(long id) {
        return detail(load(id));
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER})
    public ClientDetail create(@NotNull @Valid ClientForm form) {
        String taxId = TaxId.normalize(form.getTaxIdKind(), form.getTaxId());
        requireUniqueTaxId(taxId, null);
        Client client = new Client(form.getLegalName().trim(), form.getTaxIdKind(), taxId);
        describe(client, form, taxId);
        em.persist(client);
        em.flush();
        index.reindex(client);
        return detail(client);
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER})
    public ClientDetail update(long id, @NotNull @Valid ClientForm form) {
        Client client = load(id);
        Entities.requireVersion(client, form.getVersion());
        String taxId = TaxId.normalize(form.getTaxIdKind(), form.getTaxId());
        requireUniqueTaxId(taxId, client.getId());
        describe(client, form, taxId);
        em.flush();
        index.reindex(client);
        return detail(client);
    }

    private static void describe(Client client, ClientForm f, String taxId) {
        client.describe(f.getLegalName(), f.getTradeName(), f.getTaxIdKind(), taxId, f.getIndustry(), f.getAddress(),
                f.getPhones(), f.getWeb(), f.getNotes());
    }

    /** R1.1: the client leaves the procedure; its records stay. */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER})
    public void deactivate(long id, long version) {
        Client client = load(id);
        Entities.requireVersion(client, version);
        client.deactivate();
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER})
    public void reactivate(long id) {
        load(id).reactivate();
    }

    /** The Implementation Head assigns the lead and the other consultants. */
    @RolesAllowed(Role.Names.IMPLEMENTATION_HEAD)
    public ClientDetail assign(long id, String lead, Set<String> others) {
        Client client = load(id);
        Set<String> valid = consultants().stream().map(ConsultantChoice::username).collect(Collectors.toSet());
        Set<String> all = new LinkedHashSet<>(others == null ? Set.of() : others);
        if (lead != null && !lead.isBlank()) {
            all.add(lead);
        }
        for (String username : all) {
            if (!valid.contains(username)) {
                throw new InvalidInputException("client.consultant.invalid", username);
            }
        }
        client.assign(lead == null || lead.isBlank() ? null : lead, all);
        em.flush();
        return detail(client);
    }

    /** Users who can serve clients. */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public List<ConsultantChoice> consultants() {
        return em.createQuery("select distinct new app.vinculo.clients.boundary.ConsultantChoice(u.username, u.displayName) "
                        + "from AppUser u join u.roles r where u.enabled = :yes and r in :roles order by u.displayName",
                ConsultantChoice.class).setParameter("roles", List.of(Role.CONSULTANT, Role.IMPLEMENTATION_HEAD))
                .setParameter("yes", Boolean.TRUE)
                .getResultList();
    }

    private void requireUniqueTaxId(String taxId, Long self) {
        List<Long> ids = em.createQuery("select c.id from Client c where c.taxId = :t", Long.class)
                .setParameter("t", taxId).getResultList();
        if (ids.stream().anyMatch(id -> !id.equals(self))) {
            throw new InvalidInputException("client.taxId.exists", taxId);
        }
    }

    private ClientDetail detail(Client c) {
        return new ClientDetail(c.getId(), c.getVersion(), c.getLegalName(), c.getTradeName(), c.getTaxIdKind(),
                c.getTaxId(), c.getIndustry(), c.getAddress(), c.getPhones(), c.getWeb(), c.isActive(),
                c.getLeadConsultant(), new TreeSet<>(c.getConsultants()), c.getNotes(), c.getLastContactAt(),
                daysSince(c.getLastContactAt()), atRisk(c));
    }

    Client load(long id) {
        Client client = em.find(Client.class, id);
        if (client == null) {
            throw new NotFoundException("client", id);
        }
        return client;
    }

    /** A contact with the client happened at {@code at} (follow-ups, held visits, courses): keeps "days since". */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER})
    public void contacted(long clientId, Instant at) {
        load(clientId).contacted(at);
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

    // ---- contacts ---------------------------------------------------------------------------------------------

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public List<ContactRow> contacts(long clientId) {
        load(clientId);
        return em.createQuery("select c from Contact c where c.client.id = :id order by c.active desc, c.name", Contact.class)
                .setParameter("id", clientId).getResultList().stream().map(ClientService::row).toList();
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
        Contact contact = em.find(Contact.class, contactId);
        if (contact == null) {
            throw new NotFoundException("contact", contactId);
        }
        Entities.requireVersion(contact, form.getVersion());
        describe(contact, form);
        em.flush();
        index.reindex(contact.getClient());
        return row(contact);
    }

    private void describe(Contact contact, ContactForm f) {
        Set<String> known = em.createQuery("select m.code from ErpModule m", String.class).getResultStream()
                .collect(Collectors.toSet());
        for (String code : f.getKeyUserOf()) {
            if (!known.contains(code)) {
                throw new InvalidInputException("module.unknown", code);
            }
        }
        contact.describe(f.getName(), f.getPosition(), f.getEmail(), f.getPhone(), f.isDecisionMaker(), f.isInfluencer(),
                f.getKeyUserOf(), f.isActive());
        contact.speaks(f.getLanguage());
    }

    private static ContactRow row(Contact c) {
        return new ContactRow(c.getId(), c.getVersion(), c.getClient().getId(), c.getName(), c.getPosition(), c.getEmail(),
                c.getPhone(), c.isDecisionMaker(), c.isInfluencer(), new TreeSet<>(c.getKeyUserOf()), c.isActive(),
                c.getLanguage());
    }

    // ---- modules --------------------------------------------------------------------------------------------

    /** Every active catalogue module with where this client stands (growth room: those not installed). */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public List<ModuleRow> modules(long clientId) {
        load(clientId);
        Map<String, ClientModule> mine = em.createQuery("select m from ClientModule m join fetch m.module "
                        + "where m.client.id = :id", ClientModule.class).setParameter("id", clientId).getResultList()
                .stream().collect(Collectors.toMap(m -> m.getModule().getCode(), Function.identity()));
        return em.createQuery("select m from ErpModule m where m.active = :yes order by m.name", ErpModule.class)
                .setParameter("yes", Boolean.TRUE).getResultList().stream().map(m -> {
                    ClientModule cm = mine.get(m.getCode());
                    return cm == null ? new ModuleRow(m.getCode(), m.getName(), null, null, null, null)
                            : new ModuleRow(m.getCode(), m.getName(), cm.getStatus(), cm.getSince(), cm.getVersionLabel(), cm.getNote());
                }).toList();
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER})
    public void setModule(long clientId, String moduleCode, ModuleStatus status, LocalDate since, String versionLabel,
                          String note) {
        Client client = load(clientId);
        if (status == null) {
            throw new InvalidInputException("module.statusRequired");
        }
        if (note != null && note.length() > 1000 || versionLabel != null && versionLabel.length() > 30) {
            throw new InvalidInputException("module.textTooLong");
        }
        ErpModule module = em.createQuery("select m from ErpModule m where m.code = :c", ErpModule.class)
                .setParameter("c", moduleCode == null ? "" : moduleCode.trim().toUpperCase(java.util.Locale.ROOT))
                .getResultStream().findFirst().orElseThrow(() -> new InvalidInputException("module.unknown", moduleCode));
        if (since != null && since.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("module.sinceInFuture");
        }
        ClientModule cm = em.createQuery("select m from ClientModule m where m.client = :c and m.module = :m", ClientModule.class)
                .setParameter("c", client).setParameter("m", module).getResultStream().findFirst().orElse(null);
        if (cm == null) {
            cm = new ClientModule(client, module);
            cm.set(status, since, versionLabel, note);
            em.persist(cm);
        } else {
            cm.set(status, since, versionLabel, note);
        }
    }

    // ---- timeline -------------------------------------------------------------------------------------------

    /**
     * What happened with the client, newest first: up to {@code max} entries before {@code before} (null: now),
     * merged from every feature's {@link TimelineSource}, optionally only of the given kinds.
     */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public List<TimelineEntry> timeline(long clientId, Instant before, int max, Set<String> kinds) {
        load(clientId);
        Instant cursor = before == null ? clock.instant().plus(Duration.ofDays(3650)) : before;
        int limit = Math.min(Math.max(1, max), 200);
        List<TimelineEntry> all = new ArrayList<>();
        for (TimelineSource source : timelineSources) {
            if (kinds == null || kinds.isEmpty() || source.kinds().stream().anyMatch(kinds::contains)) {
                source.entries(clientId, cursor, limit).stream()
                        .filter(e -> kinds == null || kinds.isEmpty() || kinds.contains(e.kind()))
                        .forEach(all::add);
            }
        }
        return all.stream().sorted(Comparator.comparing(TimelineEntry::at).reversed()).limit(limit).toList();
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public Set<String> timelineKinds() {
        Set<String> kinds = new TreeSet<>();
        timelineSources.forEach(s -> kinds.addAll(s.kinds()));
        return kinds;
    }

    // ---- module catalogue (admin) ---------------------------------------------------------------------------------

    @RolesAllowed({Role.Names.ADMIN, Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public List<CatalogueModule> catalogue() {
        return em.createQuery("select new app.vinculo.clients.boundary.CatalogueModule(m.id, m.code, m.name, m.active) "
                + "from ErpModule m order by m.name", CatalogueModule.class).getResultList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public CatalogueModule createModule(String code, String name) {
        if (code == null || !code.trim().matches("[A-Za-z][A-Za-z0-9_]{1,19}")) {
            throw new InvalidInputException("module.codeInvalid");
        }
        if (name == null || name.isBlank() || name.length() > 80) {
            throw new InvalidInputException("module.nameInvalid");
        }
        String normalized = code.trim().toUpperCase(java.util.Locale.ROOT);
        if (!em.createQuery("select m.id from ErpModule m where m.code = :c", Long.class).setParameter("c", normalized)
                .getResultList().isEmpty()) {
            throw new InvalidInputException("module.exists", normalized);
        }
        ErpModule m = new ErpModule(normalized, name);
        em.persist(m);
        em.flush();
        return new CatalogueModule(m.getId(), m.getCode(), m.getName(), m.isActive());
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void updateModule(long id, String name, boolean active) {
        ErpModule m = em.find(ErpModule.class, id);
        if (m == null) {
            throw new NotFoundException("module", id);
        }
        if (name == null || name.isBlank() || name.length() > 80) {
            throw new InvalidInputException("module.nameInvalid");
        }
        m.rename(name);
        m.activate(active);
    }
}
