package app.vinculo.platform.security;

import java.io.Serializable;
import java.util.Set;

/** An authenticated service account: its principal name, the groups it acts with, its scopes and rate limit. */
public record ApiCaller(long accountId, String principal, boolean canRead, boolean canWrite, int requestsPerMinute)
        implements Serializable {

    /**
     * The procedure roles a scope acts with in the business tier (ADR 0012): {@code read} reads like an auditor
     * (everything, changes nothing); {@code write} records follow-ups and assistance requests like a consultant.
     * The REST layer lets a token use only what its scopes allow.
     */
    public Set<String> groups() {
        if (canRead && canWrite) {
            return Set.of(Role.Names.AUDITOR, Role.Names.CONSULTANT);
        }
        return canWrite ? Set.of(Role.Names.CONSULTANT) : Set.of(Role.Names.AUDITOR);
    }
}
