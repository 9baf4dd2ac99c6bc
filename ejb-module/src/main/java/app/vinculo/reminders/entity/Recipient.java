package app.vinculo.reminders.entity;

import java.io.Serializable;

/** Who gets a reminder: a portal user (username set) or an outside person such as a client contact. */
public record Recipient(String username, String email, String name, String language) implements Serializable {

    public Recipient {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("a recipient needs an e-mail address");
        }
        language = "en".equals(language) ? "en" : "es";
    }

    /** The part of the occurrence key that names this recipient. */
    public String keyPart() {
        return username != null ? username : email;
    }
}
