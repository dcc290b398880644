package nl.wijknetwerk.oidc;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.config.WithDefault;

/**
 * The identities of the bearer tokens an application verified a moment ago, so that a client's next requests with the
 * same token skip the signature check (a third to nearly half of the gateway's CPU under load, and more than half of a
 * service's for a stored KPI page, see the profiles in docs/benchmarks.md). Nothing is accepted that was not accepted
 * before: the key is the whole token, signature included, so a token with another payload or signature is verified
 * on its own; an entry is kept only for a verified token with an expiry, and lives until that expiry or for
 * {@code reuse}, whichever comes first, so a token is never honoured past its {@code exp}, and a signing key the
 * identity provider withdraws stops being honoured within {@code reuse}. Bounded: when full, the expired entries go
 * and, if it is still full, nothing new is kept until they do.
 */
public final class VerifiedTokens {

    /** How a verified token's identity is reused for the same token's next requests; {@code reuse=0s} verifies every one. */
    public interface Settings {
        /** How long, at most: never past the token's own expiry. */
        @WithDefault("30s")
        Duration reuse();

        /** How many tokens at most. */
        @WithDefault("10000")
        int capacity();
    }

    private record Entry(SecurityIdentity identity, long untilMillis) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final LongSupplier millis;
    private final long reuseMillis;
    private final int capacity;

    /** @param millis the time now, in milliseconds since the epoch */
    public VerifiedTokens(LongSupplier millis, Settings settings) {
        this(millis, settings.reuse(), settings.capacity());
    }

    VerifiedTokens(LongSupplier millis, Duration reuse, int capacity) {
        this.millis = millis;
        this.reuseMillis = reuse.toMillis();
        this.capacity = capacity;
    }

    /** The identity this token was verified as, if that was within the reuse time and the token has not expired. */
    public Optional<SecurityIdentity> lookup(String token) {
        if (reuseMillis <= 0) {
            return Optional.empty();
        }
        Entry entry = entries.get(token);
        if (entry == null) {
            return Optional.empty();
        }
        if (millis.getAsLong() >= entry.untilMillis()) {
            entries.remove(token, entry);
            return Optional.empty();
        }
        return Optional.of(entry.identity());
    }

    /**
     * Keeps the identity a token was just verified as, until {@code expiresAt} (the token's {@code exp}, seconds since
     * the epoch) at the latest; anonymous identities and tokens without an expiry are not kept. Only the principal and
     * the roles are kept: the identity the authentication built also carries its first request (the routing context),
     * which must not outlive that request.
     */
    public void remember(String token, SecurityIdentity identity) {
        remember(token, identity, expiresAt(identity));
    }

    /** When the identity's token expires (its {@code exp}, seconds since the epoch), or {@code null} when it names none. */
    static Long expiresAt(SecurityIdentity identity) {
        return identity != null && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("exp") instanceof Number exp
                ? exp.longValue() : null;
    }

    void remember(String token, SecurityIdentity identity, Long expiresAt) {
        if (reuseMillis <= 0 || identity == null || identity.isAnonymous() || expiresAt == null) {
            return;
        }
        long now = millis.getAsLong();
        long until = Math.min(now + reuseMillis, expiresAt * 1000);
        if (until <= now) {
            return;
        }
        if (entries.size() >= capacity) {
            entries.values().removeIf(e -> now >= e.untilMillis());
            if (entries.size() >= capacity) {
                return;
            }
        }
        SecurityIdentity kept = QuarkusSecurityIdentity.builder().setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles()).build();
        entries.put(token, new Entry(kept, until));
    }

    int size() {
        return entries.size();
    }
}
