package app.vinculo.clients.boundary;

import app.vinculo.agreements.boundary.ActiveAgreements;
import app.vinculo.agreements.entity.AgreementStatus;
import app.vinculo.agreements.entity.AgreementType;
import app.vinculo.clients.control.ClientIndex;
import app.vinculo.clients.entity.Client;
import app.vinculo.clients.entity.ModuleStatus;
import app.vinculo.clients.entity.TaxId;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.error.NotFoundException;
import app.vinculo.platform.persistence.Entities;
import app.vinculo.platform.security.Role;
import app.vinculo.platform.settings.Setting;
import app.vinculo.platform.settings.SettingsStore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Boundary of clients (PRODUCT.md §1): the list, the search, one client's record and its consultants; contacts,
 * modules and the timeline have their own boundaries ({@link ContactService}, {@link ClientModuleService},
 * {@link ClientTimelineService}). Staff read every client; consultants,
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
}
