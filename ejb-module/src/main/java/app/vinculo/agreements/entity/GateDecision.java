package app.vinculo.agreements.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * R1.3: may the client be assisted on {@code day}? When not, why ({@code reason}) and the date that explains it
 * ({@code since}: when the agreement ended or was cancelled, or when the next one starts).
 */
public record GateDecision(boolean allowed, GateReason reason, LocalDate day, LocalDate since, LocalDate coveredUntil)
        implements Serializable {

    public static GateDecision allow(LocalDate day, LocalDate until) {
        return new GateDecision(true, null, day, null, until);
    }

    public static GateDecision refuse(GateReason reason, LocalDate day, LocalDate since) {
        return new GateDecision(false, reason, day, since, null);
    }

    /** Message key of the refusal, {@code gate.refused.<REASON>}. */
    public String messageKey() {
        return allowed ? "gate.allowed" : "gate.refused." + reason.name();
    }
}
