package nl.wijknetwerk.cases.barrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.cases.barrier.EscalationPolicy.Level;

class EscalationPolicyTest {

    private final EscalationPolicy policy = new EscalationPolicy(14, 42);
    private final LocalDate reported = LocalDate.of(2026, 3, 2);

    @Test
    void aBarrierClimbsOnTheDayItPassesEachThreshold() {
        assertThat(policy.levelFor(reported, reported.plusDays(13))).isEqualTo(Level.TEAM);
        assertThat(policy.levelFor(reported, reported.plusDays(14))).isEqualTo(Level.MANAGER);
        assertThat(policy.levelFor(reported, reported.plusDays(41))).isEqualTo(Level.MANAGER);
        assertThat(policy.levelFor(reported, reported.plusDays(42))).isEqualTo(Level.DIRECTOR);
    }

    @Test
    void aBarrierMissedForAWhileClimbsEveryLevelItPassedInOrder() {
        assertThat(policy.climb(Level.TEAM, reported, reported.plusDays(60))).containsExactly(Level.MANAGER, Level.DIRECTOR);
        assertThat(policy.climb(Level.MANAGER, reported, reported.plusDays(60))).containsExactly(Level.DIRECTOR);
        assertThat(policy.climb(Level.MANAGER, reported, reported.plusDays(20))).isEqualTo(List.of());
        assertThat(policy.climb(Level.DIRECTOR, reported, reported.plusDays(400))).isEmpty();
    }

    @Test
    void daysOpenCountsCalendarDaysAcrossTheClockChange() {
        // 29 March 2026 is the switch to summer time in the Netherlands: still one day.
        assertThat(EscalationPolicy.daysOpen(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 30))).isEqualTo(2);
        assertThat(EscalationPolicy.daysOpen(reported, reported.minusDays(1))).isZero();
    }

    @Test
    void directorsComeAfterManagers() {
        assertThatThrownBy(() -> new EscalationPolicy(14, 14)).isInstanceOf(IllegalArgumentException.class);
    }
}
