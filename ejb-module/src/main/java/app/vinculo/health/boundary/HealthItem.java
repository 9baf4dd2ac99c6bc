package app.vinculo.health.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * One part of a client's health score: the points it takes off (0 when the part is fine), out of its weight, and
 * why — a message key {@code health.reason.*} with its arguments (numbers and dd/MM/yyyy dates).
 */
public record HealthItem(HealthPart part, int points, int weight, String reasonKey, List<String> args)
        implements Serializable {

    public HealthItem {
        args = List.copyOf(args);
    }

    public boolean counts() {
        return points > 0;
    }
}
