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

    /** True when spending moved from below the threshold to at or above it. */
    public static boolean passed(long spentBefore, long spentAfter, long allocatedCents, int thresholdPercent) {
        if (allocatedCents <= 0) {
            return false;
        }
        // Compare in whole cents times 100 so no rounding decides whether an alert goes out.
        long line = Math.multiplyExact(allocatedCents, (long) thresholdPercent);
        return Math.multiplyExact(spentBefore, 100L) < line && Math.multiplyExact(spentAfter, 100L) >= line;
    }
}
