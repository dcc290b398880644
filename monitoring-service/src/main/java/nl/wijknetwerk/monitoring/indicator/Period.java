package nl.wijknetwerk.monitoring.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a year ({@code 2026}), a quarter ({@code 2026-Q3}) or a month ({@code 2026-07}), with its first
 * and last day (inclusive) as dates in the ward's zone.
 */
public record Period(String label, Granularity granularity, LocalDate start, LocalDate end) {

    public enum Granularity {
        YEAR, QUARTER, MONTH
    }

    private static final Pattern SYNTAX = Pattern.compile("^(\\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$");
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    /** @return the period, or empty when the text is not one of {@code 2026}, {@code 2026-Q3}, {@code 2026-07} */
    public static Optional<Period> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SYNTAX.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return Optional.empty();
        }
        if (m.group(2) != null) {
            return Optional.of(quarter(year, Integer.parseInt(m.group(2))));
        }
        if (m.group(3) != null) {
            return Optional.of(month(YearMonth.of(year, Integer.parseInt(m.group(3)))));
        }
        return Optional.of(year(year));
    }

    public static Period year(int year) {
        return new Period(Integer.toString(year), Granularity.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period quarter(int year, int quarter) {
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(year + "-Q" + quarter, Granularity.QUARTER, start, start.plusMonths(3).minusDays(1));
    }

    public static Period month(YearMonth month) {
        return new Period(month.toString(), Granularity.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(start) && !date.isAfter(end);
    }

    /** True when every day of this period lies in the other one. */
    public boolean within(Period other) {
        return !start.isBefore(other.start) && !end.isAfter(other.end);
    }

    /** The period of the same length just before this one: what a trend compares with. */
    public Period previous() {
        return switch (granularity) {
            case YEAR -> year(start.getYear() - 1);
            case QUARTER -> quarter(start.minusMonths(3).getYear(), (start.minusMonths(3).getMonthValue() - 1) / 3 + 1);
            case MONTH -> month(YearMonth.from(start).minusMonths(1));
        };
    }

    /** The next finer periods that make up this one (quarters of a year, months of a quarter); a month is itself. */
    public List<Period> parts() {
        List<Period> parts = new ArrayList<>();
        switch (granularity) {
            case YEAR -> {
                for (int q = 1; q <= 4; q++) {
                    parts.add(quarter(start.getYear(), q));
                }
            }
            case QUARTER -> {
                for (int m = 0; m < 3; m++) {
                    parts.add(month(YearMonth.from(start).plusMonths(m)));
                }
            }
            case MONTH -> parts.add(this);
        }
        return parts;
    }

    /** The fraction of this period's days that lie on or before {@code today}, between 0 and 1. */
    public double elapsedFraction(LocalDate today) {
        if (today.isBefore(start)) {
            return 0;
        }
        if (today.isAfter(end)) {
            return 1;
        }
        long days = end.toEpochDay() - start.toEpochDay() + 1;
        return (double) (today.toEpochDay() - start.toEpochDay() + 1) / days;
    }

    @Override
    public String toString() {
        return label;
    }
}
