package nl.wijknetwerk.monitoring.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;

import nl.wijknetwerk.monitoring.catalogue.IndicatorDefinition;
import nl.wijknetwerk.monitoring.indicator.Period;

/**
 * How a report writes numbers, amounts, dates and periods in its language: in Dutch {@code € 1.234,56},
 * {@code 61,5%}, {@code 2 december 2026}, {@code 3e kwartaal 2026}; in English {@code €1,234.56}, {@code 61.5%},
 * {@code 2 December 2026}, {@code Q3 2026}. A figure keeps the decimals it was computed with (a score 8.3, a
 * percentage 100.0); an amount in euros always shows its cents.
 */
public final class Notation {

    private final ReportLanguage language;
    private final DecimalFormatSymbols symbols;
    private final DateTimeFormatter date;

    public Notation(ReportLanguage language) {
        this.language = language;
        this.symbols = DecimalFormatSymbols.getInstance(language.locale);
        this.date = DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale);
    }

    /** A number with grouped thousands and the decimals it has: {@code 1.234,5} / {@code 1,234.5}; null is empty. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        int decimals = Math.max(0, value.scale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** A number as the figure of its unit: euros with the euro sign and cents, percentages with the percent sign. */
    public String figure(BigDecimal value, IndicatorDefinition.Unit unit) {
        if (value == null) {
            return "";
        }
        return switch (unit) {
            case EUR -> euros(value);
            case PERCENT -> percent(value);
            default -> number(value);
        };
    }

    public String euros(BigDecimal value) {
        String amount = number(value.setScale(2, RoundingMode.HALF_UP));
        return language == ReportLanguage.NL ? "€ " + amount : "€" + amount;
    }

    public String percent(BigDecimal value) {
        return number(value) + "%";
    }

    /**
     * A number as a spreadsheet in this language reads it: no grouping, the language's decimal separator (a Dutch
     * Excel takes {@code 132394,00} as a number, {@code 132394.00} as text).
     */
    public String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String text = value.toPlainString();
        return language == ReportLanguage.NL ? text.replace('.', ',') : text;
    }

    /** A value on a chart axis, which is a double: {@code 2,5} / {@code 2.5}, a whole number without decimals. */
    public String tick(double value) {
        return number(value == Math.rint(value) ? BigDecimal.valueOf((long) value) : BigDecimal.valueOf(value).stripTrailingZeros());
    }

    /** {@code 2 december 2026} / {@code 2 December 2026}. */
    public String date(LocalDate value) {
        return value == null ? "" : date.format(value);
    }

    /** A period label ({@code 2026}, {@code 2026-Q3}, {@code 2026-07}) as a reader says it; any other label as it is. */
    public String period(String label) {
        return Period.tryParse(label).map(this::period).orElse(label == null ? "" : label);
    }

    public String period(Period period) {
        int year = period.start().getYear();
        return switch (period.granularity()) {
            case YEAR -> Integer.toString(year);
            case QUARTER -> {
                int quarter = (period.start().getMonthValue() - 1) / 3 + 1;
                yield language == ReportLanguage.NL ? quarter + "e kwartaal " + year : "Q" + quarter + " " + year;
            }
            case MONTH -> period.start().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, language.locale) + " " + year;
        };
    }

    /** A period label short enough for a chart's axis: {@code 3e kw. 2026}, {@code jul 2026} / {@code Q3 2026}, {@code Jul 2026}. */
    public String shortPeriod(String label) {
        return Period.tryParse(label).map(p -> switch (p.granularity()) {
            case YEAR -> Integer.toString(p.start().getYear());
            case QUARTER -> language == ReportLanguage.NL ? ((p.start().getMonthValue() - 1) / 3 + 1) + "e kw. " + p.start().getYear()
                    : period(p);
            case MONTH -> shortMonth(p) + " " + p.start().getYear();
        }).orElse(label == null ? "" : label);
    }

    private String shortMonth(Period p) {
        String month = p.start().getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, language.locale);
        return month.endsWith(".") ? month.substring(0, month.length() - 1) : month;
    }
}
