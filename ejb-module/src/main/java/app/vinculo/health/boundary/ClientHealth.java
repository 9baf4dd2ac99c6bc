package app.vinculo.health.boundary;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * R3.2 a client's health score (the same on every page that shows it): {@code max} minus the points the parts take
 * off; the lower, the sooner to visit. {@code rank} is the position in the list it was read from (1-based, 0 on
 * the client page).
 */
public record ClientHealth(long clientId, String clientName, String leadConsultant, int rank, int score, int max,
                           HealthFacts facts, List<HealthItem> parts) implements Serializable {

    public ClientHealth {
        parts = List.copyOf(parts);
    }

    public int penalty() {
        return max - score;
    }

    /** The parts that take points off, biggest first: "why it ranks there". */
    public List<HealthItem> reasons() {
        return parts.stream().filter(HealthItem::counts)
                .sorted(Comparator.comparingInt(HealthItem::points).reversed()).toList();
    }

    /** Half the points or more taken off. */
    public boolean urgent() {
        return max > 0 && penalty() * 2 >= max;
    }
}
