package app.vinculo.integration.boundary;

import java.io.Serializable;
import java.time.Instant;

/** A service account as the admin page lists it; {@code calls24h} and {@code lastCallAt} from the call log. */
public record ServiceAccountRow(Long id, long version, String name, String description, boolean canRead,
                                boolean canWrite, int requestsPerMinute, String tokenHint, Instant createdAt,
                                String createdBy, Instant revokedAt, String revokedBy, long calls24h,
                                Instant lastCallAt) implements Serializable {

    public boolean revoked() {
        return revokedAt != null;
    }
}
