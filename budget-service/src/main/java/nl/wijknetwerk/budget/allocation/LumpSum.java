package nl.wijknetwerk.budget.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A provider's allocation is paid partly as a lump sum and the rest per product (P×Q); the experiment moved from
 * about 50% lump sum at the start to about 33% at the end. The lump sum is the percentage of the allocation,
 * rounded half up to the cent; P×Q is the rest, so the two always add up to the allocation.
 */
public record LumpSum(long lumpSumCents, long pxqCents) {

    public static LumpSum of(long allocationCents, int percent) {
        if (allocationCents < 0 || percent < 0 || percent > 100) {
            throw new IllegalArgumentException("allocation " + allocationCents + " or percent " + percent + " out of range");
        }
        long lump = BigDecimal.valueOf(allocationCents).multiply(BigDecimal.valueOf(percent))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
        return new LumpSum(lump, allocationCents - lump);
    }
}
