package app.vinculo.integration.boundary;

import java.io.Serializable;

/** A new service account and its token, which is shown this once and never stored. */
public record CreatedServiceAccount(ServiceAccountRow account, String token) implements Serializable {
}
