package app.vinculo.clients.boundary;

import java.io.Serializable;
import java.util.Set;

/** A contact as the client page shows it. */
public record ContactRow(Long id, long version, Long clientId, String name, String position, String email,
                         String phone, boolean decisionMaker, boolean influencer, Set<String> keyUserOf,
                         boolean active, String language) implements Serializable {

    public ContactForm toForm() {
        ContactForm f = new ContactForm();
        f.setName(name);
        f.setPosition(position);
        f.setEmail(email);
        f.setPhone(phone);
        f.setDecisionMaker(decisionMaker);
        f.setInfluencer(influencer);
        f.setKeyUserOf(new java.util.LinkedHashSet<>(keyUserOf));
        f.setActive(active);
        f.setLanguage(language);
        f.setVersion(version);
        return f;
    }
}
