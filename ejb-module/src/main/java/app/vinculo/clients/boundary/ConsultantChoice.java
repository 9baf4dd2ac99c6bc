package app.vinculo.clients.boundary;

import java.io.Serializable;

/** A user who can serve clients (consultant or Implementation Head). */
public record ConsultantChoice(String username, String displayName) implements Serializable {

    /** How pages name a consultant: the display name of {@code username} among {@code choices}, else the username. */
    public static String nameOf(java.util.Collection<ConsultantChoice> choices, String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return choices.stream().filter(c -> c.username().equalsIgnoreCase(username)).map(ConsultantChoice::displayName)
                .filter(n -> n != null && !n.isBlank()).findFirst().orElse(username);
    }
}
