package nl.wijknetwerk.budget.commitment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalLong;

/**
 * What a funded provision of a plan costs a year: the amount when the plan gives one, otherwise hours a year
 * times the hourly rate, rounded half up to the cent. A provision with neither costs nothing the budget can track.
 */
public final class ProvisionCost {

    private ProvisionCost() {
    }

    public static OptionalLong perYear(Long amountCentsPerYear, BigDecimal hoursPerYear, Long hourlyRateCents) {
        if (amountCentsPerYear != null) {
            return OptionalLong.of(amountCentsPerYear);
        }
        if (hoursPerYear != null && hourlyRateCents != null) {
            return OptionalLong.of(hoursPerYear.multiply(BigDecimal.valueOf(hourlyRateCents))
                    .setScale(0, RoundingMode.HALF_UP).longValueExact());
        }
        return OptionalLong.empty();
    }
}
