package nl.wijknetwerk.budget.overview;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Utilisation (uitnutting): the part of an allocation that was spent, as a percentage with one decimal. */
public final class Utilisation {

    private Utilisation() {
    }

    /** @return null when nothing was allocated: there is no meaningful percentage of zero */
    public static BigDecimal percent(long spentCents, long allocatedCents) {
        if (allocatedCents <= 0) {
            return null;
        }
        return BigDecimal.valueOf(spentCents).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(allocatedCents), 1, RoundingMode.HALF_UP);
    }

    /** True when what was spent is at or above the threshold percentage of the allocation (compared exactly, in cents). */
    public static boolean reached(long spentCents, long allocatedCents, int thresholdPercent) {
        if (allocatedCents <= 0) {
            return false;
        }
        return Math.multiplyExact(spentCents, 100L) >= Math.multiplyExact(allocatedCents, (long) thresholdPercent);
    }
}
