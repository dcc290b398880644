package nl.wijknetwerk.network.webhook;

import java.time.Duration;
import java.time.Instant;

/**
 * When to try a failed delivery again: exponential backoff (the first wait, doubled after each failure, never
 * longer than the longest wait), and when to give up. An endpoint that fails without a single success for long
 * enough and often enough is disabled, so a partner whose system is gone does not cost retries forever.
 */
public record RetrySchedule(Duration firstWait, Duration longestWait, int maxAttempts, int disableAfterFailures,
        Duration disableAfterFailingFor) {

    /** The wait after the given number of failed attempts (1 = after the first). */
    public Duration waitAfter(int failedAttempts) {
        Duration wait = firstWait;
        for (int i = 1; i < failedAttempts && wait.compareTo(longestWait) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }

    /** @return when to try again, or null to give up on this delivery */
    public Instant nextAttempt(Instant now, int failedAttempts) {
        return failedAttempts >= maxAttempts ? null : now.plus(waitAfter(failedAttempts));
    }

    /** Sustained failure: many failed attempts in a row, over a long enough time. */
    public boolean disables(int consecutiveFailures, Instant failingSince, Instant now) {
        return consecutiveFailures >= disableAfterFailures && failingSince != null
                && !failingSince.plus(disableAfterFailingFor).isAfter(now);
    }
}
