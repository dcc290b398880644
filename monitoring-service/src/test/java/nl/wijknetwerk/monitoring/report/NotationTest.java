package nl.wijknetwerk.monitoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.monitoring.catalogue.IndicatorDefinition.Unit;

class NotationTest {

    private final Notation dutch = new Notation(ReportLanguage.NL);
    private final Notation english = new Notation(ReportLanguage.EN);

    @Test
    void dutchFiguresUseADecimalCommaAndPointsBetweenThousands() {
        assertThat(dutch.figure(new BigDecimal("1234.56"), Unit.EUR)).isEqualTo("€ 1.234,56");
        assertThat(dutch.figure(new BigDecimal("132394"), Unit.EUR)).isEqualTo("€ 132.394,00");
        assertThat(dutch.figure(new BigDecimal("61.5"), Unit.PERCENT)).isEqualTo("61,5%");
        assertThat(dutch.figure(new BigDecimal("8.3"), Unit.SCORE)).isEqualTo("8,3");
        assertThat(dutch.figure(new BigDecimal("1250"), Unit.COUNT)).isEqualTo("1.250");
        assertThat(dutch.tick(2.5)).isEqualTo("2,5");
        assertThat(dutch.tick(10)).isEqualTo("10");
    }

    @Test
    void englishFiguresUseADecimalPoint() {
        assertThat(english.figure(new BigDecimal("1234.56"), Unit.EUR)).isEqualTo("€1,234.56");
        assertThat(english.figure(new BigDecimal("61.5"), Unit.PERCENT)).isEqualTo("61.5%");
        assertThat(english.tick(7.5)).isEqualTo("7.5");
    }

    @Test
    void aSpreadsheetNumberHasNoGroupingAndTheLanguagesDecimalSeparator() {
        assertThat(dutch.plain(new BigDecimal("132394.00"))).isEqualTo("132394,00");
        assertThat(english.plain(new BigDecimal("132394.00"))).isEqualTo("132394.00");
        assertThat(dutch.plain(null)).isEmpty();
    }

    @Test
    void datesAndPeriodsAreWrittenOut() {
        assertThat(dutch.date(LocalDate.of(2026, 12, 2))).isEqualTo("2 december 2026");
        assertThat(english.date(LocalDate.of(2026, 12, 2))).isEqualTo("2 December 2026");
        assertThat(dutch.period("2026-Q3")).isEqualTo("3e kwartaal 2026");
        assertThat(english.period("2026-Q3")).isEqualTo("Q3 2026");
        assertThat(dutch.period("2026-07")).isEqualTo("juli 2026");
        assertThat(english.period("2026-07")).isEqualTo("July 2026");
        assertThat(dutch.period("2026")).isEqualTo("2026");
        assertThat(dutch.shortPeriod("2026-Q1")).isEqualTo("1e kw. 2026");
        assertThat(dutch.shortPeriod("2026-10")).isEqualTo("okt 2026");
        assertThat(dutch.shortPeriod("T0")).as("a measuring moment stays as it is").isEqualTo("T0");
    }
}
