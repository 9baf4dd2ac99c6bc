package app.vinculo.admin.boundary;

import app.vinculo.platform.security.AppUser;
import app.vinculo.platform.security.Role;
import app.vinculo.reminders.entity.Recipient;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who gets a reminder: enabled users with an e-mail address, by role or by username. For reminder sources. */
@Stateless
@PermitAll
public class StaffDirectory {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    public List<Recipient> withRoles(Collection<Role> roles) {
        Map<String, Recipient> byUser = new LinkedHashMap<>();
        em.createQuery("select distinct u from AppUser u join u.roles r where r in :roles and u.enabled = :yes "
                        + "and u.email is not null order by u.username", AppUser.class)
                .setParameter("roles", roles).setParameter("yes", Boolean.TRUE).getResultList()
                .forEach(u -> byUser.put(u.getUsername(), recipient(u)));
        return List.copyOf(byUser.values());
    }

    public Optional<Recipient> user(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("select u from AppUser u where u.username = :n and u.enabled = :yes and u.email is not null",
                AppUser.class).setParameter("n", username).setParameter("yes", Boolean.TRUE).getResultStream().findFirst().map(StaffDirectory::recipient);
    }

    private static Recipient recipient(AppUser u) {
        return new Recipient(u.getUsername(), u.getEmail(), u.getDisplayName(), u.getLanguage());
    }
}
