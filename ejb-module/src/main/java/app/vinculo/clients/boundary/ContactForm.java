package app.vinculo.clients.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Set;

/** A client contact as typed. */
public class ContactForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{contact.name.required}")
    @Size(max = 120, message = "{contact.name.size}")
    private String name;

    @Size(max = 100, message = "{contact.position.size}")
    private String position;

    @Email(message = "{contact.email.invalid}")
    @Size(max = 254, message = "{contact.email.size}")
    private String email;

    @Size(max = 50, message = "{contact.phone.size}")
    @Pattern(regexp = "[0-9+()\\-/ .]*", message = "{client.phones.pattern}")
    private String phone;

    private boolean decisionMaker;
    private boolean influencer;
    private Set<String> keyUserOf = new LinkedHashSet<>();
    private boolean active = true;
    @Pattern(regexp = "es|en", message = "{contact.language.invalid}")
    private String language = "es";
    private long version;

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getPosition() { return position; }
    public void setPosition(String v) { position = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public boolean isDecisionMaker() { return decisionMaker; }
    public void setDecisionMaker(boolean v) { decisionMaker = v; }
    public boolean isInfluencer() { return influencer; }
    public void setInfluencer(boolean v) { influencer = v; }
    public Set<String> getKeyUserOf() { return keyUserOf; }
    public void setKeyUserOf(Set<String> v) { keyUserOf = v == null ? new LinkedHashSet<>() : v; }
    public boolean isActive() { return active; }
    public void setActive(boolean v) { active = v; }
    public String getLanguage() { return language; }
    public void setLanguage(String v) { language = v == null ? "es" : v; }
    public long getVersion() { return version; }
    public void setVersion(long v) { version = v; }
}
