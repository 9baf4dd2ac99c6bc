package app.vinculo.followups.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A next step agreed in a visit: becomes a follow-up with a next action. */
public record NextStep(String action, String owner, LocalDate due) implements Serializable {
}
