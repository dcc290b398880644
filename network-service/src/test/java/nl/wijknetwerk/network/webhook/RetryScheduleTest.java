package nl.wijknetwerk.network.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(6), 12, 20, Duration.ofDays(3));
    private final Instant now = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void theWaitDoublesAfterEachFailureUpToTheLongestWait() {
        assertThat(schedule.waitAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(schedule.waitAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(schedule.waitAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(schedule.waitAfter(10)).isEqualTo(Duration.ofSeconds(30 * 512));
        assertThat(schedule.waitAfter(11)).as("30 s × 1024 is past the cap").isEqualTo(Duration.ofHours(6));
        assertThat(schedule.waitAfter(12)).isEqualTo(Duration.ofHours(6));
        assertThat(schedule.waitAfter(1000)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void aDeliveryIsGivenUpAfterTheLastAttempt() {
        assertThat(schedule.nextAttempt(now, 1)).isEqualTo(now.plusSeconds(30));
        assertThat(schedule.nextAttempt(now, 11)).isNotNull();
        assertThat(schedule.nextAttempt(now, 12)).isNull();
    }

    @Test
    void onlySustainedFailureDisablesAnEndpoint() {
        Instant longAgo = now.minus(Duration.ofDays(3));
        assertThat(schedule.disables(20, longAgo, now)).isTrue();
        assertThat(schedule.disables(19, longAgo, now)).as("not often enough").isFalse();
        assertThat(schedule.disables(500, now.minus(Duration.ofDays(2)), now)).as("not long enough").isFalse();
        assertThat(schedule.disables(20, null, now)).as("answering again").isFalse();
    }
}
