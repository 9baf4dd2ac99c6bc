package app.vinculo.visits.boundary;

import java.io.Serializable;
import java.util.List;

/** A confirmed visit and the warnings to show (R2.2: message keys; a warning does not block). */
public record Confirmation(VisitDetail visit, List<String> warnings) implements Serializable {
}
