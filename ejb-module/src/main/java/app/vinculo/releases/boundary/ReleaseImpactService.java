package app.vinculo.releases.boundary;

import app.vinculo.clients.entity.Client;
import app.vinculo.clients.entity.ModuleStatus;
import app.vinculo.platform.persistence.Entities;
import app.vinculo.platform.security.Role;
import app.vinculo.releases.control.Impact;
import app.vinculo.releases.entity.Release;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which clients a release touches (PRODUCT.md §6, R6.2): the active clients with an installed module that one of its
 * changes names, paged in the database — the list the consultants call before the release reaches their clients.
 */
@Stateless
public class ReleaseImpactService {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    /**
     * Impacted clients: active clients with an INSTALLED module touched by the release, by name, paged in the
     * database; each with its lead consultant and the touched modules it has installed.
     */
    @RolesAllowed({Role.Names.RD_MANAGER, Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT,
            Role.Names.PROJECT_MANAGER, Role.Names.AUDITOR})
    public List<ImpactedClientRow> impactedClients(long releaseId, int first, int size) {
        Set<String> touched = touchedModules(releaseId);
        if (touched.isEmpty()) {
            return List.of();
        }
        // the page's ids first (sorting ids and names only), then those clients: sorting whole client rows of tens of
        // thousands of matches made the first page take seconds
        List<Long> ids = em.createQuery("select c.id from Client c where c.active = :yes and exists (select cm.id from "
                        + "ClientModule cm where cm.client = c and cm.status = :installed and cm.module.code in :touched) "
                        + "order by c.legalName, c.id", Long.class)
                .setParameter("yes", Boolean.TRUE).setParameter("installed", ModuleStatus.INSTALLED)
                .setParameter("touched", touched)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), 5_000)).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Client> byId = new HashMap<>();
        em.createQuery("select c from Client c where c.id in :ids", Client.class).setParameter("ids", ids).getResultList()
                .forEach(c -> byId.put(c.getId(), c));
        List<Client> clients = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        if (clients.isEmpty()) {
            return List.of();
        }
        List<Impact.Installed> installed = em.createQuery("select cm.client.id, cm.module.code "
                        + "from ClientModule cm where cm.client in :c and cm.status = :installed", Object[].class)
                .setParameter("c", clients).setParameter("installed", ModuleStatus.INSTALLED).getResultList().stream()
                .map(row -> new Impact.Installed((Long) row[0], (String) row[1])).toList();
        Map<Long, Set<String>> impact = Impact.of(touched, installed);
        Map<String, String> names = new HashMap<>();
        Set<String> leads = clients.stream().map(Client::getLeadConsultant).filter(Objects::nonNull).collect(Collectors.toSet());
        if (!leads.isEmpty()) {
            em.createQuery("select u.username, u.displayName from AppUser u where u.username in :n", Object[].class)
                    .setParameter("n", leads).getResultList().forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        return clients.stream().map(c -> new ImpactedClientRow(c.getId(), c.displayName(), c.getLeadConsultant(),
                c.getLeadConsultant() == null ? null : names.getOrDefault(c.getLeadConsultant(), c.getLeadConsultant()),
                impact.getOrDefault(c.getId(), Set.of()))).toList();
    }

    @RolesAllowed({Role.Names.RD_MANAGER, Role.Names.IMPLEMENTATION_HEAD, Role.Names.CONSULTANT,
            Role.Names.PROJECT_MANAGER, Role.Names.AUDITOR})
    public long countImpacted(long releaseId) {
        Set<String> touched = touchedModules(releaseId);
        if (touched.isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(c) from Client c where c.active = :yes and exists (select cm.id from "
                        + "ClientModule cm where cm.client = c and cm.status = :installed and cm.module.code in :touched)", Long.class)
                .setParameter("yes", Boolean.TRUE).setParameter("installed", ModuleStatus.INSTALLED)
                .setParameter("touched", touched).getSingleResult();
    }

    private Set<String> touchedModules(long releaseId) {
        Entities.require(em, Release.class, releaseId, "release");
        return new TreeSet<>(em.createQuery("select distinct c.moduleCode from ReleaseChange c where c.release.id = :r", String.class)
                .setParameter("r", releaseId).getResultList());
    }
}
