package app.vinculo.releases.boundary;

import java.io.Serializable;
import java.util.Set;

/** A client with an INSTALLED module touched by a release, its lead consultant and the modules touched. */
public record ImpactedClientRow(Long clientId, String clientName, String leadConsultant, String leadConsultantName,
                                Set<String> modules) implements Serializable {
}
