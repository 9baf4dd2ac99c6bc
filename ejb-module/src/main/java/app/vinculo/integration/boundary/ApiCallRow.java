package app.vinculo.integration.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One logged API call. */
public record ApiCallRow(Instant calledAt, String principal, String method, String path, int status,
                         long durationMillis) implements Serializable {
}
