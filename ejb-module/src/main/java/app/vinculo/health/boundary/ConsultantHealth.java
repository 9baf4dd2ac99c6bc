package app.vinculo.health.boundary;

import java.io.Serializable;

/** The Implementation Head's team view: per lead consultant, active clients, urgent ones and the lowest score. */
public record ConsultantHealth(String consultant, long clients, long urgent, int lowestScore) implements Serializable {
}
