package app.vinculo.agreements.control;

import app.vinculo.agreements.entity.Agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** R1.2: agreements of the same client and type never overlap (cancelled ones no longer count). */
public final class AgreementRules {

    private AgreementRules() {
    }

    /** The first agreement among {@code sameClientAndType} that shares a day with [start, end], other than {@code self}. */
    public static Optional<Agreement> overlapping(List<Agreement> sameClientAndType, LocalDate start, LocalDate end,
                                                  Agreement self) {
        return sameClientAndType.stream()
                .filter(a -> a != self && !a.isCancelled())
                .filter(a -> a.overlaps(start, end))
                .findFirst();
    }
}
