package app.vinculo.agreements.control;

import app.vinculo.agreements.entity.GateDecision;
import app.vinculo.agreements.entity.GateReason;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * R1.3 and R1.1 as a pure function: a client is assistable on a day iff it is active and has a Support &
 * Maintenance agreement that is ACTIVE that day (not cancelled, the day within its dates).
 */
public final class AssistanceRules {

    private AssistanceRules() {
    }

    /** The dates of one A&M agreement as the gate sees them. */
    public record Period(LocalDate start, LocalDate end, LocalDate cancelledOn) {
        boolean covers(LocalDate day) {
            return !day.isBefore(start) && !day.isAfter(end);
        }

        boolean cancelled() {
            return cancelledOn != null;
        }
    }

    public static GateDecision decide(boolean clientActive, List<Period> maintenance, LocalDate day) {
        if (!clientActive) {
            return GateDecision.refuse(GateReason.CLIENT_INACTIVE, day, null);
        }
        if (maintenance.isEmpty()) {
            return GateDecision.refuse(GateReason.NO_AGREEMENT_EVER, day, null);
        }
        Optional<Period> covering = maintenance.stream().filter(p -> !p.cancelled() && p.covers(day))
                .max(Comparator.comparing(Period::end));
        if (covering.isPresent()) {
            return GateDecision.allow(day, covering.get().end());
        }
        Optional<Period> cancelled = maintenance.stream().filter(p -> p.cancelled() && p.covers(day))
                .max(Comparator.comparing(Period::cancelledOn));
        if (cancelled.isPresent()) {
            return GateDecision.refuse(GateReason.CANCELLED, day, cancelled.get().cancelledOn());
        }
        Optional<Period> ended = maintenance.stream().filter(p -> p.end().isBefore(day))
                .max(Comparator.comparing(Period::end));
        if (ended.isPresent()) {
            return GateDecision.refuse(GateReason.EXPIRED, day, ended.get().end());
        }
        LocalDate nextStart = maintenance.stream().filter(p -> !p.cancelled()).map(Period::start)
                .filter(s -> s.isAfter(day)).min(Comparator.naturalOrder()).orElse(null);
        if (nextStart != null) {
            return GateDecision.refuse(GateReason.NOT_YET_ACTIVE, day, nextStart);
        }
        return GateDecision.refuse(GateReason.CANCELLED, day, maintenance.get(0).cancelledOn());
    }
}
