package nl.wijknetwerk.network.account;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How network-service keeps each professional's {@code wards} attribute at the identity provider (Keycloak) in step
 * with the ward networks she works in. Off until a client secret is configured; changes wait in the database
 * meanwhile and are applied once it is.
 */
@ConfigMapping(prefix = "wijknetwerk.accounts")
public interface AccountSyncConfig {

    /** The realm's issuer URL ({@code …/realms/wijknetwerk}); the admin API is found beside it. */
    @WithDefault("${quarkus.oidc.auth-server-url}")
    String issuer();

    /** The confidential client whose service account may view and manage the realm's users. */
    @WithDefault("wijknetwerk-network-service")
    String clientId();

    Optional<String> clientSecret();

    /** How often waiting changes are looked for. */
    @WithDefault("2s")
    String syncEvery();

    @WithDefault("10s")
    Duration timeout();

    /** The wait after the first failed attempt; it doubles after each next one, up to {@link #longestRetryWait()}. */
    @WithDefault("5s")
    Duration firstRetryAfter();

    @WithDefault("10m")
    Duration longestRetryWait();

    default boolean enabled() {
        return clientSecret().filter(s -> !s.isBlank()).isPresent();
    }
}
