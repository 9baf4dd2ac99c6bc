package app.vinculo.training.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The RCU attendance rate: marks ATTENDED over the marks expected (registered contacts × sessions), in percent. */
public final class AttendanceRate {

    private AttendanceRate() {
    }

    /** Percent with one decimal, rounded half-even; null when nothing was expected (shown as "—"). */
    public static BigDecimal percent(long attended, long expected) {
        if (attended < 0 || expected < 0 || attended > expected) {
            throw new IllegalArgumentException("attended " + attended + " of " + expected);
        }
        if (expected == 0) {
            return null;
        }
        return BigDecimal.valueOf(attended).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_EVEN);
    }
}
