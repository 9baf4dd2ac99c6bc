package app.vinculo.clients.boundary;

import app.vinculo.clients.entity.Client;
import app.vinculo.clients.entity.ClientModule;
import app.vinculo.clients.entity.ErpModule;
import app.vinculo.clients.entity.ModuleStatus;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.persistence.Entities;
import app.vinculo.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Boundary of the ERP module catalogue and of where each client stands with each module (installed, of interest,
 * not interested: the growth room of PRODUCT.md §1). Staff read; consultants, Implementation Heads and Project
 * Managers set a client's modules; only the administrator edits the catalogue.
 */
@Stateless
public class ClientModuleService {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    Clock clock;

    /** Every active catalogue module with where this client stands (growth room: those not installed). */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public List<ModuleRow> modules(long clientId) {
        Entities.require(em, Client.class, clientId, "client");
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
        Client client = Entities.require(em, Client.class, clientId, "client");
        if (status == null) {
            throw new InvalidInputException("module.statusRequired");
        }
        if (note != null && note.length() > 1000 || versionLabel != null && versionLabel.length() > 30) {
            throw new InvalidInputException("module.textTooLong");
        }
        ErpModule module = em.createQuery("select m from ErpModule m where m.code = :c", ErpModule.class)
                .setParameter("c", moduleCode == null ? "" : moduleCode.trim().toUpperCase(Locale.ROOT))
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

    /**
     * Refuses codes that are not in the catalogue ({@code module.unknown}), for the features that name modules
     * (contacts' key-user modules, courses' modules): the one place that says which codes exist.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER})
    public void requireKnown(Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return;
        }
        Set<String> known = Set.copyOf(em.createQuery("select m.code from ErpModule m", String.class).getResultList());
        for (String code : codes) {
            if (!known.contains(code)) {
                throw new InvalidInputException("module.unknown", code);
            }
        }
    }

    // ---- the catalogue (admin) ----------------------------------------------------------------------------------

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
        requireName(name);
        String normalized = code.trim().toUpperCase(Locale.ROOT);
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
        ErpModule m = Entities.require(em, ErpModule.class, id, "module");
        requireName(name);
        m.rename(name);
        m.activate(active);
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank() || name.length() > 80) {
            throw new InvalidInputException("module.nameInvalid");
        }
    }
}
