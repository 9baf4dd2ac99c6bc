package app.vinculo.platform.security;

import app.vinculo.platform.audit.AuditIgnored;
import app.vinculo.platform.audit.AuditMasked;
import app.vinculo.platform.audit.Audited;
import app.vinculo.platform.persistence.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.io.Serial;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A person who signs in to the portal, with the roles of the procedure they hold. */
@Entity
@Table(name = "APP_USER")
@Audited
public class AppUser extends BaseEntity {

    @Serial
    private static final long serialVersionUID = 1L;

    @Column(name = "USERNAME", length = 40, nullable = false, unique = true, updatable = false)
    private String username;

    @Column(name = "DISPLAY_NAME", length = 120, nullable = false)
    private String displayName;

    @Column(name = "EMAIL", length = 254)
    private String email;

    @AuditMasked
    @Column(name = "PASSWORD_HASH", length = 300, nullable = false)
    private String passwordHash;

    @Column(name = "ENABLED", nullable = false)
    private boolean enabled = true;

    @Column(name = "LANGUAGE", length = 5, nullable = false)
    private String language = "es";

    @AuditIgnored
    @Column(name = "FAILED_LOGINS", nullable = false)
    private int failedLogins;

    @AuditIgnored
    @Column(name = "LOCKED_UNTIL")
    private Instant lockedUntil;

    @AuditIgnored
    @Column(name = "LAST_LOGIN_AT")
    private Instant lastLoginAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "APP_USER_ROLE", joinColumns = @JoinColumn(name = "USER_ID"))
    @Column(name = "ROLE_NAME", length = 30, nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String email, String passwordHash, Set<Role> roles) {
        this.username = normalize(username);
        this.displayName = displayName.trim();
        this.email = email == null || email.isBlank() ? null : email.trim();
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** Usernames are compared lower-case and trimmed. */
    public static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getLanguage() {
        return language;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public void describe(String displayName, String email, String language) {
        this.displayName = displayName.trim();
        this.email = email == null || email.isBlank() ? null : email.trim();
        this.language = language;
    }

    public void changeLanguage(String language) {
        this.language = language;
    }

    public void grant(Set<Role> newRoles) {
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    public void enable(boolean enabled) {
        this.enabled = enabled;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Records a failed login: from the {@code maxFailures}-th failure on, the account is locked for
     * {@code baseLock} doubled at each further failure, at most one hour.
     */
    public void loginFailed(Instant now, int maxFailures, Duration baseLock) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            int doublings = Math.min(failedLogins - maxFailures, 12);
            Duration lock = baseLock.multipliedBy(1L << doublings);
            if (lock.compareTo(Duration.ofHours(1)) > 0) {
                lock = Duration.ofHours(1);
            }
            lockedUntil = now.plus(lock);
        }
    }

    public void loginSucceeded(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }
}
