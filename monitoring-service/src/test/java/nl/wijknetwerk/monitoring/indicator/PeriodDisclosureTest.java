package nl.wijknetwerk.monitoring.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A year, its quarters and its months can all be asked for: no difference of shown figures may be a small group. */
class PeriodDisclosureTest {

    record Fact(UUID caseId, LocalDate on) {
    }

    final List<Fact> facts = new ArrayList<>();

    void cases(int count, String on) {
        for (int i = 0; i < count; i++) {
            facts.add(new Fact(UUID.randomUUID(), LocalDate.parse(on)));
        }
    }

    boolean shown(Period p) {
        return PeriodDisclosure.shown(p, PeriodDisclosure.casesByMonth(p.start().getYear(), facts.stream(), Fact::on, Fact::caseId));
    }

    static final Period YEAR = Period.year(2026);

    static Period quarter(int q) {
        return Period.quarter(2026, q);
    }

    static Period month(int m) {
        return Period.month(YearMonth.of(2026, m));
    }

    @Test
    void aYearWhoseOnlySmallQuarterIsTheRestOfItIsHeldBack() {
        // Seven cases in the first quarter, two in the fourth: the year minus Q1 would be those two residents.
        cases(7, "2026-02-10");
        cases(2, "2026-11-03");
        assertThat(shown(quarter(1))).isTrue();
        assertThat(shown(quarter(4))).as("two cases").isFalse();
        assertThat(shown(YEAR)).as("the year minus Q1 is the two of Q4").isFalse();
    }

    @Test
    void smallQuartersTogetherLargeEnoughLeaveTheYearShown() {
        cases(7, "2026-02-10");
        cases(3, "2026-05-10");
        cases(2, "2026-11-03");
        assertThat(shown(quarter(2))).isFalse();
        assertThat(shown(quarter(4))).isFalse();
        assertThat(shown(YEAR)).as("the year minus Q1 is five cases of Q2 and Q4 together").isTrue();
    }

    @Test
    void aQuarterWhoseOnlySmallMonthIsTheRestOfItIsHeldBackAndSoIsTheYearAboveIt() {
        // October 6, November 5, December 1: Q4 minus October and November is December's one resident.
        cases(6, "2026-10-01");
        cases(5, "2026-11-01");
        cases(1, "2026-12-01");
        assertThat(shown(month(10))).isTrue();
        assertThat(shown(month(11))).isTrue();
        assertThat(shown(month(12))).isFalse();
        assertThat(shown(quarter(4))).as("Q4 minus its shown months is December's one").isFalse();
        assertThat(shown(YEAR)).as("the year minus October and November is December's one as well").isFalse();
    }

    @Test
    void aQuarterMadeOfItsShownMonthsIsShown() {
        cases(6, "2026-10-01");
        cases(5, "2026-11-01");
        assertThat(shown(quarter(4))).isTrue();
        assertThat(shown(YEAR)).isTrue();
    }

    @Test
    void aCaseCountsOnceInARestWhateverTheNumberOfItsFacts() {
        // One household measured in three months of Q3 is one resident in the rest, not three.
        cases(5, "2026-02-01");
        UUID household = UUID.randomUUID();
        for (String on : List.of("2026-07-01", "2026-08-01", "2026-09-01")) {
            facts.add(new Fact(household, LocalDate.parse(on)));
        }
        assertThat(shown(YEAR)).isFalse();
    }

    @Test
    void otherYearsDoNotCount() {
        cases(5, "2026-03-01");
        cases(2, "2025-12-31");
        cases(2, "2027-01-01");
        assertThat(shown(YEAR)).isTrue();
        assertThat(shown(Period.year(2025))).isFalse();
    }
}
