package app.vinculo.admin.boundary;

import app.vinculo.platform.security.Role;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** One row of the users page, and the form's starting values. */
public record UserRow(Long id, long version, String username, String displayName, String email, String language,
                      boolean enabled, Set<Role> roles, Instant lastLoginAt, boolean locked) implements Serializable {
}
