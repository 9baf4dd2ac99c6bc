package app.vinculo.clients.boundary;

import java.io.Serializable;

/** A user who can serve clients (consultant or Implementation Head). */
public record ConsultantChoice(String username, String displayName) implements Serializable {
}
