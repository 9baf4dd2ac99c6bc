package app.vinculo.clients.entity;

import app.vinculo.platform.audit.Audited;
import app.vinculo.platform.persistence.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.io.Serial;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A person at a client ("usuario del cliente"): may have decision power or push decisions internally
 * (the procedure's "usuarios con poder de decisión" and "quienes puedan impulsar internamente la decisión").
 */
@Entity
@Table(name = "CONTACT")
@Audited
public class Contact extends BaseEntity {

    @Serial
    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "CLIENT_ID", nullable = false, updatable = false)
    private Client client;

    @Column(name = "FULL_NAME", length = 120, nullable = false)
    private String name;

    @Column(name = "JOB_TITLE", length = 100)
    private String position;

    @Column(name = "EMAIL", length = 254)
    private String email;

    @Column(name = "PHONE", length = 50)
    private String phone;

    @Column(name = "DECISION_MAKER", nullable = false)
    private boolean decisionMaker;

    @Column(name = "INFLUENCER", nullable = false)
    private boolean influencer;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "CONTACT_KEY_MODULE", joinColumns = @JoinColumn(name = "CONTACT_ID"))
    @Column(name = "MODULE_CODE", length = 20, nullable = false)
    private Set<String> keyUserOf = new LinkedHashSet<>();

    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;

    /** The language of the e-mails the contact gets (course invitations): "es" or "en". */
    @Column(name = "LANGUAGE", length = 2, nullable = false)
    private String language = "es";

    protected Contact() {
    }

    public Contact(Client client) {
        this.client = client;
    }

    public void describe(String name, String position, String email, String phone, boolean decisionMaker,
                         boolean influencer, Set<String> keyUserOf, boolean active) {
        this.name = name.trim();
        this.position = blank(position);
        this.email = blank(email) == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
        this.phone = blank(phone);
        this.decisionMaker = decisionMaker;
        this.influencer = influencer;
        this.keyUserOf.clear();
        this.keyUserOf.addAll(keyUserOf);
        this.active = active;
    }

    public void speaks(String language) {
        this.language = "en".equals(language) ? "en" : "es";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Client getClient() { return client; }
    public String getName() { return name; }
    public String getPosition() { return position; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public boolean isDecisionMaker() { return decisionMaker; }
    public boolean isInfluencer() { return influencer; }
    public Set<String> getKeyUserOf() { return Collections.unmodifiableSet(keyUserOf); }
    public boolean isActive() { return active; }
    public String getLanguage() { return language; }
}
