package app.vinculo.admin.boundary;

import app.vinculo.platform.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serial;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/** What an admin types to create or change a user. Validated at the boundary. */
public class UserForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{user.username.required}")
    @Size(min = 3, max = 40, message = "{user.username.size}")
    @Pattern(regexp = "[a-zA-Z0-9._-]*", message = "{user.username.pattern}")
    private String username;

    @NotBlank(message = "{user.displayName.required}")
    @Size(max = 120, message = "{user.displayName.size}")
    private String displayName;

    @Email(message = "{user.email.invalid}")
    @Size(max = 254, message = "{user.email.size}")
    private String email;

    @Pattern(regexp = "es|en", message = "{user.language.invalid}")
    private String language = "es";

    @NotEmpty(message = "{user.roles.required}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private boolean enabled = true;

    /** Only when creating; checked against the password policy. */
    private String password;

    private long version;

    public static UserForm of(UserRow row) {
        UserForm f = new UserForm();
        f.username = row.username();
        f.displayName = row.displayName();
        f.email = row.email();
        f.language = row.language();
        f.roles = row.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(row.roles());
        f.enabled = row.enabled();
        f.version = row.version();
        return f;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
