package nl.wijknetwerk.monitoring.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Residents' figures count whole groups of five cases, so no difference of figures, then or later, rests on fewer. */
class ResidentGroupsTest {

    record Fact(UUID id, UUID caseId, LocalDate on, Instant recordedAt) {
    }

    final List<Fact> facts = new ArrayList<>();
    Instant clock = Instant.parse("2026-01-05T09:00:00Z");

    Fact record(UUID caseId, String on) {
        clock = clock.plusSeconds(60);
        Fact f = new Fact(UUID.randomUUID(), caseId, LocalDate.parse(on), clock);
        facts.add(f);
        return f;
    }

    void cases(int count, String on) {
        for (int i = 0; i < count; i++) {
            record(UUID.randomUUID(), on);
        }
    }

    Set<Fact> counted() {
        return ResidentGroups.counted(facts, Fact::on, Fact::recordedAt, Fact::id, Fact::caseId);
    }

    long countedIn(String from, String to) {
        return counted().stream().filter(f -> !f.on().isBefore(LocalDate.parse(from)) && !f.on().isAfter(LocalDate.parse(to))).count();
    }

    @Test
    void aFigureMovesOnlyWhenAWholeGroupOfFiveMoreCasesHasBeenRecorded() {
        cases(5, "2026-02-10");
        assertThat(counted()).hasSize(5);
        // One more resident measured: reading the quarter before and after her would give her score away.
        Fact sixth = record(UUID.randomUUID(), "2026-02-20");
        assertThat(counted()).hasSize(5).doesNotContain(sixth);
        cases(3, "2026-03-01");
        assertThat(counted()).as("nine: still one group").hasSize(5);
        cases(1, "2026-03-02");
        assertThat(counted()).as("the second group is full, the sixth counts with it").hasSize(10).contains(sixth);
    }

    @Test
    void eachQuarterHasGroupsOfItsOwnSoAYearIsItsQuartersAndNothingBeside() {
        cases(7, "2026-02-10");
        cases(2, "2026-11-03");
        // Q1 shows five, Q4 none, the year five: the year minus Q1 is nothing, never the two of Q4.
        assertThat(countedIn("2026-01-01", "2026-03-31")).isEqualTo(5);
        assertThat(countedIn("2026-10-01", "2026-12-31")).isZero();
        assertThat(countedIn("2026-01-01", "2026-12-31")).isEqualTo(5);
    }

    @Test
    void aLateMeasurementForAnEarlierQuarterWaitsForAGroupInThatQuarter() {
        cases(5, "2026-02-10");
        cases(5, "2026-05-10");
        // Recorded in June for a day in March: Q1 and the year stay as they were until four more join it.
        Fact late = record(UUID.randomUUID(), "2026-03-28");
        assertThat(counted()).hasSize(10).doesNotContain(late);
        cases(4, "2026-01-15");
        assertThat(countedIn("2026-01-01", "2026-03-31")).isEqualTo(10);
    }

    @Test
    void aGroupIsFiveDifferentCasesNotFiveMeasurements() {
        UUID household = UUID.randomUUID();
        record(household, "2026-02-10");
        record(household, "2026-02-10");
        cases(3, "2026-02-11");
        assertThat(counted()).as("five measurements of four cases").isEmpty();
        cases(1, "2026-02-12");
        assertThat(counted()).hasSize(6);
        assertThat(counted().stream().map(Fact::caseId).collect(Collectors.toSet())).hasSize(5);
    }

    @Test
    void theGroupsDependOnTheRecordingOrderNotOnTheOrderTheFactsAreRead() {
        cases(12, "2026-02-10");
        Set<Fact> asRecorded = counted();
        java.util.Collections.reverse(facts);
        assertThat(counted()).isEqualTo(asRecorded);
        assertThat(asRecorded).hasSize(10).doesNotContain(facts.get(0), facts.get(1));
    }

    @Test
    void aMonthGetsNoResidentsFigureAQuarterAndAYearDo() {
        assertThat(ResidentGroups.wholeGroups(Period.month(java.time.YearMonth.of(2026, 2)))).isFalse();
        assertThat(ResidentGroups.wholeGroups(Period.quarter(2026, 1))).isTrue();
        assertThat(ResidentGroups.wholeGroups(Period.year(2026))).isTrue();
    }
}
