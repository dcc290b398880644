package nl.wijknetwerk.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import nl.wijknetwerk.oidc.VerifiedTokens;

/** Where the gateway sends what, how long it waits, and how much one client may ask. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Service name → base URL, e.g. {@code cases → http://case-service:8080}. */
    Map<String, String> upstream();

    /** Service name → the resources it owns. */
    Map<String, Routes> routes();

    /** How long a service may take to answer before the caller gets a 504. */
    @WithDefault("30s")
    Duration timeout();

    @WithDefault("2s")
    Duration connectTimeout();

    Limits limits();

    /** A verified token's identity reused for the same token's next requests. */
    VerifiedTokens.Settings verifiedTokens();

    interface Routes {
        /** First path segment after {@code /api/wards/{ward}/}, e.g. {@code cases}. */
        Optional<List<String>> wardResources();

        /** Path prefixes after {@code /api/} that are not ward-scoped, e.g. {@code price-lists}. */
        Optional<List<String>> globalResources();
    }

    interface Limits {
        /** Requests one client (the token's {@code azp}, else its subject) may send per window. */
        @WithDefault("600")
        int requestsPerWindow();

        @WithDefault("1m")
        Duration window();

        /** Client id → its own limit per window, e.g. a partner system with a batch job. */
        Map<String, Integer> clients();

        /** Largest request body forwarded, in bytes (declared by Content-Length). */
        @WithDefault("2097152")
        long maxBodyBytes();

        /** Longest request URI (path and query string), in characters; longer is a 414. */
        @WithDefault("8192")
        int maxUriLength();

        /** Largest page a list may be asked for ({@code size} or {@code limit} query parameter). */
        @WithDefault("200")
        int maxPageSize();
    }
}
