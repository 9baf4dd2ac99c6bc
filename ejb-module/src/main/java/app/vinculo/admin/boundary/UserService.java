package app.vinculo.admin.boundary;

import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.error.InvalidInputException;
import app.vinculo.platform.error.NotFoundException;
import app.vinculo.platform.persistence.Entities;
import app.vinculo.platform.security.AppUser;
import app.vinculo.platform.security.CurrentUser;
import app.vinculo.platform.security.PasswordHasher;
import app.vinculo.platform.security.PasswordPolicy;
import app.vinculo.platform.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Boundary of user administration (ADMIN): list, create, change roles and details, disable, reset passwords.
 * Rule: the portal always keeps at least one enabled administrator. Each user may change their own language
 * and password.
 */
@Stateless
public class UserService {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
    public List<UserRow> page(String search, int first, int size) {
        String pattern = likePattern(search);
        TypedQuery<AppUser> query = em.createQuery("select u from AppUser u"
                + (pattern == null ? "" : SEARCH) + " order by u.username", AppUser.class);
        if (pattern != null) {
            query.setParameter("p", pattern);
        }
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(size, 1), 200))
                .getResultList().stream().map(this::row).toList();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
    public long count(String search) {
        String pattern = likePattern(search);
        TypedQuery<Long> query = em.createQuery("select count(u) from AppUser u"
                + (pattern == null ? "" : SEARCH), Long.class);
        if (pattern != null) {
            query.setParameter("p", pattern);
        }
        return query.getSingleResult();
    }

    private static final String SEARCH = " where u.username like :p or lower(u.displayName) like :p";

    /** A LIKE pattern for a search text (its own wildcards removed), or null for no search. */
    private static String likePattern(String search) {
        if (search == null || search.isBlank()) {
            return null;
        }
        String text = search.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        return "%" + text.substring(0, Math.min(text.length(), 100)) + "%";
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
    public UserRow find(long id) {
        return row(load(id));
    }

    @RolesAllowed(Role.Names.ADMIN)
    public UserRow create(@NotNull @Valid UserForm form) {
        String username = AppUser.normalize(form.getUsername());
        if (byUsername(username).isPresent()) {
            throw new InvalidInputException("user.exists", username);
        }
        PasswordPolicy.check(username, form.getEmail(), form.getDisplayName(), form.getPassword());
        AppUser user = new AppUser(username, form.getDisplayName(), form.getEmail(), hasher.hash(form.getPassword()),
                EnumSet.copyOf(form.getRoles()));
        user.changeLanguage(form.getLanguage());
        user.enable(form.isEnabled());
        em.persist(user);
        em.flush();
        return row(user);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public UserRow update(long id, @NotNull @Valid UserForm form) {
        AppUser user = load(id);
        Entities.requireVersion(user, form.getVersion());
        boolean losesAdmin = user.hasRole(Role.ADMIN) && user.isEnabled()
                && (!form.getRoles().contains(Role.ADMIN) || !form.isEnabled());
        if (losesAdmin && enabledAdmins() <= 1) {
            throw new BusinessException("user.lastAdmin");
        }
        user.describe(form.getDisplayName(), form.getEmail(), form.getLanguage());
        user.grant(EnumSet.copyOf(form.getRoles()));
        user.enable(form.isEnabled());
        em.flush();
        return row(user);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void resetPassword(long id, String newPassword) {
        AppUser user = load(id);
        PasswordPolicy.check(user.getUsername(), user.getEmail(), user.getDisplayName(), newPassword);
        user.changePassword(hasher.hash(newPassword));
    }

    /** The signed-in user changes their own password, proving the current one. */
    @PermitAll
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser user = me();
        if (!hasher.verify(currentPassword == null ? "" : currentPassword, user.getPasswordHash())) {
            throw new InvalidInputException("password.currentWrong");
        }
        PasswordPolicy.check(user.getUsername(), user.getEmail(), user.getDisplayName(), newPassword);
        user.changePassword(hasher.hash(newPassword));
    }

    /** The signed-in user's preferred language ("es" or "en"). */
    @PermitAll
    public void changeOwnLanguage(String language) {
        if (!"es".equals(language) && !"en".equals(language)) {
            throw new InvalidInputException("user.language.invalid");
        }
        me().changeLanguage(language);
    }

    /** The signed-in user, for the top bar; empty for anonymous callers. */
    @PermitAll
    public Optional<UserRow> current() {
        return byUsername(currentUser.name()).map(this::row);
    }

    private AppUser me() {
        return byUsername(currentUser.name()).orElseThrow(() -> new NotFoundException("user", currentUser.name()));
    }

    private long enabledAdmins() {
        return em.createQuery("select count(u) from AppUser u join u.roles r where r = :admin and u.enabled = :yes",
                Long.class).setParameter("admin", Role.ADMIN).setParameter("yes", Boolean.TRUE).getSingleResult();
    }

    private Optional<AppUser> byUsername(String username) {
        return em.createQuery("select u from AppUser u where u.username = :name", AppUser.class)
                .setParameter("name", AppUser.normalize(username)).getResultStream().findFirst();
    }

    private AppUser load(long id) {
        return Entities.require(em, AppUser.class, id, "user");
    }

    private UserRow row(AppUser u) {
        return new UserRow(u.getId(), u.getVersion(), u.getUsername(), u.getDisplayName(), u.getEmail(),
                u.getLanguage(), u.isEnabled(), EnumSet.copyOf(u.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : u.getRoles()),
                u.getLastLoginAt(), u.isLocked(clock.instant()));
    }
}
