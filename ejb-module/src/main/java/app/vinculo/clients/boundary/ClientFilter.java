package app.vinculo.clients.boundary;

import app.vinculo.agreements.entity.AgreementStatus;

import java.io.Serializable;

/**
 * Filters of the client list; null means "any". {@code text} searches names, tax id and contacts' names by word
 * prefix; {@code maintenance} filters by the status of the client's A&M agreement today (null = any; ACTIVE, or
 * "none active" with {@link #withoutMaintenance}).
 */
public record ClientFilter(String text, String consultant, Boolean active, AgreementStatus maintenance,
                           boolean withoutMaintenance, String moduleCode, boolean atRiskOnly) implements Serializable {

    public static ClientFilter none() {
        return new ClientFilter(null, null, Boolean.TRUE, null, false, null, false);
    }
}
