package nl.wijknetwerk.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/**
 * The identities of the bearer tokens the gateway verified a moment ago, so that a client's next requests with the
 * same token skip the signature check (a third to nearly half of the gateway's CPU under load, see the profile in
 * docs/benchmarks.md). Nothing is accepted that was not accepted before: an entry is kept only for a verified token
 * with an expiry, and lives until that expiry or for {@code reuse}, whichever comes first, so a token is never honoured
 * past its {@code exp}, and a signing key the identity provider withdraws stops being honoured within {@code reuse}.
 * The services behind the gateway verify every token themselves regardless. Bounded: when full, the expired entries go
 * and, if it is still full, nothing new is kept until they do.
 */
public final class VerifiedTokens {

    private record Entry(SecurityIdentity identity, long untilMillis) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final long reuseMillis;
    private final int capacity;

    public VerifiedTokens(Clock clock, Duration reuse, int capacity) {
        this.clock = clock;
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
        if (clock.millis() >= entry.untilMillis()) {
            entries.remove(token, entry);
            return Optional.empty();
        }
        return Optional.of(entry.identity());
    }

    /** Keeps the identity a token was just verified as; anonymous identities and tokens without an expiry are not kept. */
    public void remember(String token, SecurityIdentity identity) {
        if (reuseMillis <= 0 || identity == null || identity.isAnonymous()) {
            return;
        }
        Long expiresAt = TokenCaller.expiresAt(identity);
        if (expiresAt == null) {
            return;
        }
        long now = clock.millis();
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
        // Only what the gateway decides by (the token's claims and the roles): the identity the mechanism built also
        // carries the first request's routing context, which must not outlive that request.
        SecurityIdentity kept = QuarkusSecurityIdentity.builder().setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles()).build();
        entries.put(token, new Entry(kept, until));
    }

    int size() {
        return entries.size();
    }
}
