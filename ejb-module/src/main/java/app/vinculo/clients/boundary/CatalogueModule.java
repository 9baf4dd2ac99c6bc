package app.vinculo.clients.boundary;

import java.io.Serializable;

/** A module of the catalogue. */
public record CatalogueModule(Long id, String code, String name, boolean active) implements Serializable {
}
