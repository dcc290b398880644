package nl.wijknetwerk.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.testing.ManualClock;

class RateLimiterTest {

    /** A clock the test moves by hand. */
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final RateLimiter limiter = new RateLimiter(clock, Duration.ofMinutes(1));

    @Test
    void aClientGetsItsLimitPerWindowAndIsToldWhenToComeBack() {
        for (int i = 1; i <= 100; i++) {
            assertThat(limiter.acquire("partner-ggd", 100).remaining()).isEqualTo(100 - i);
        }
        clock.advance(Duration.ofSeconds(20));
        RateLimiter.Decision refused = limiter.acquire("partner-ggd", 100);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(40);

        clock.advance(Duration.ofSeconds(40));
        assertThat(limiter.acquire("partner-ggd", 100).allowed()).isTrue();
    }

    @Test
    void clientsDoNotShareABudget() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("partner-unik", 3);
        }
        assertThat(limiter.acquire("partner-unik", 3).allowed()).isFalse();
        assertThat(limiter.acquire("partner-ggd", 3).allowed()).isTrue();
    }

    @Test
    void endedWindowsAreForgottenAndStartAfresh() {
        limiter.acquire("partner-unik", 1);
        assertThat(limiter.acquire("partner-unik", 1).allowed()).isFalse();
        clock.advance(Duration.ofMinutes(2));
        limiter.evictExpired();
        assertThat(limiter.acquire("partner-unik", 1).remaining()).isZero();
    }
}
