package nl.wijknetwerk.shared;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import nl.wijknetwerk.oidc.VerifiedTokens;

/** Platform settings every service shares. */
@ConfigMapping(prefix = "wijknetwerk")
public interface WijknetwerkConfig {

    Events events();

    Outbox outbox();

    Log log();

    VerifiedTokens.Settings verifiedTokens();

    interface Log {
        /** One JSON object per log line, for log collectors in a cluster (applied by shared-logging's JsonLogging). */
        @WithDefault("false")
        boolean json();
    }

    interface Events {
        /** CloudEvents {@code source} of what this service emits, e.g. {@code /wijknetwerk/case-service}. */
        @WithDefault("/wijknetwerk/${quarkus.application.name}")
        String source();

        /** The topic this service owns and publishes to. */
        @WithDefault("none")
        String topic();

        /**
         * How long a consumer keeps trying an event while its database is unreachable before the event goes to the
         * dead-letter topic; below Kafka's max.poll.interval.ms (5 minutes), so the consumer keeps its partitions.
         */
        @WithDefault("PT4M")
        Duration unavailableRetry();
    }

    interface Outbox {
        /** How often the relay sweeps for messages it has not yet delivered (it is also woken on every commit). */
        @WithDefault("2s")
        Duration sweepInterval();

        @WithDefault("200")
        int batchSize();

        /** How long delivered messages are kept for inspection before they are deleted. */
        @WithDefault("P7D")
        Duration retention();

        @WithDefault("true")
        boolean enabled();
    }
}
