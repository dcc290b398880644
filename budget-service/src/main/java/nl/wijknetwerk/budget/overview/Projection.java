package nl.wijknetwerk.budget.overview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;

/**
 * Projects spending to the end of the year at the pace so far: spent × days in the year ÷ days elapsed (the day
 * of {@code asOf} included), rounded half up to the cent. Before the year starts nothing is projected beyond what
 * is spent; once it has ended the projection is what was spent.
 */
public final class Projection {

    private Projection() {
    }

    public static long toYearEnd(long spentCents, int year, LocalDate asOf) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        if (asOf.isBefore(first) || !asOf.isBefore(last)) {
            return spentCents;
        }
        long elapsed = ChronoUnit.DAYS.between(first, asOf) + 1;
        long days = Year.of(year).length();
        return BigDecimal.valueOf(spentCents).multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(elapsed), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
