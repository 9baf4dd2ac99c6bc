package app.vinculo.clients.boundary;

import java.io.Serializable;

/** A search result of the top bar. */
public record ClientHit(Long id, String name, String taxId, boolean active) implements Serializable {
}
