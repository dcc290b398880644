package nl.wijknetwerk.network.webhook;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How webhooks are delivered to partner systems. */
@ConfigMapping(prefix = "wijknetwerk.webhooks")
public interface WebhookConfig {

    /** How often the dispatcher looks for due deliveries. */
    @WithDefault("5s")
    String dispatchEvery();

    /** Deliveries sent per dispatcher round at most. */
    @WithDefault("50")
    int batchSize();

    @WithDefault("10s")
    Duration timeout();

    /** The wait after the first failed attempt; it doubles after each next one. */
    @WithDefault("30s")
    Duration firstRetryAfter();

    @WithDefault("6h")
    Duration longestRetryWait();

    /** Attempts of one delivery before it is given up (FAILED; it can be replayed). */
    @WithDefault("12")
    int maxAttempts();

    /** Failed attempts in a row, over at least {@link #disableAfterFailingFor()}, that disable the endpoint. */
    @WithDefault("20")
    int disableAfterFailures();

    @WithDefault("72h")
    Duration disableAfterFailingFor();

    /** How long the previous secret still signs after a rotation. */
    @WithDefault("24h")
    Duration previousSecretValidFor();

    /** Plain http to localhost (the local platform, tests); every other endpoint must use https. */
    @WithDefault("false")
    boolean allowHttpLocalhost();

    default RetrySchedule schedule() {
        return new RetrySchedule(firstRetryAfter(), longestRetryWait(), maxAttempts(), disableAfterFailures(),
                disableAfterFailingFor());
    }
}
