package nl.wijknetwerk.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import nl.wijknetwerk.testing.ManualClock;

class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    static SecurityIdentity verified(String name, Instant expiresAt) {
        Map<String, Object> claims = expiresAt == null ? Map.of("preferred_username", name)
                : Map.of("preferred_username", name, "exp", expiresAt.getEpochSecond());
        JsonWebToken jwt = new JsonWebToken() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @SuppressWarnings("unchecked")
            @Override
            public <T> T getClaim(String claim) {
                return (T) claims.get(claim);
            }
        };
        return QuarkusSecurityIdentity.builder().setPrincipal(jwt).addRole("professional").build();
    }

    final ManualClock clock = new ManualClock(NOW);
    final VerifiedTokens tokens = new VerifiedTokens(clock, Duration.ofSeconds(30), 3);

    @Test
    void aVerifiedTokenIsKnownForTheReuseTimeAndThenCheckedAgain() {
        SecurityIdentity anna = QuarkusSecurityIdentity.builder(verified("anna", NOW.plusSeconds(300)))
                .addAttribute("io.vertx.ext.web.RoutingContext", new Object()).build();
        tokens.remember("token-a", anna);
        clock.set(NOW.plusSeconds(29));
        assertThat(tokens.lookup("token-a")).hasValueSatisfying(kept -> {
            assertThat(kept.getPrincipal()).isSameAs(anna.getPrincipal());
            assertThat(kept.getRoles()).containsExactly("professional");
            assertThat(kept.getAttributes()).as("nothing of the first request is kept").isEmpty();
        });
        assertThat(tokens.lookup("token-b")).as("another token is verified on its own").isEmpty();
        clock.set(NOW.plusSeconds(30));
        assertThat(tokens.lookup("token-a")).isEmpty();
    }

    @Test
    void aTokenIsNeverHonouredPastItsOwnExpiry() {
        tokens.remember("token-a", verified("anna", NOW.plusSeconds(5)));
        clock.set(NOW.plusSeconds(5));
        assertThat(tokens.lookup("token-a")).isEmpty();
        tokens.remember("token-b", verified("bram", NOW.minusSeconds(1)));
        assertThat(tokens.lookup("token-b")).isEmpty();
    }

    @Test
    void anIdentityWithoutAnExpiryOrAnAnonymousOneIsNotKept() {
        tokens.remember("token-a", verified("anna", null));
        tokens.remember("token-b", QuarkusSecurityIdentity.builder().setAnonymous(true).build());
        assertThat(tokens.lookup("token-a")).isEmpty();
        assertThat(tokens.lookup("token-b")).isEmpty();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void whenFullTheExpiredGoAndOtherwiseNothingNewIsKept() {
        tokens.remember("t1", verified("a", NOW.plusSeconds(10)));
        tokens.remember("t2", verified("b", NOW.plusSeconds(300)));
        tokens.remember("t3", verified("c", NOW.plusSeconds(300)));
        tokens.remember("t4", verified("d", NOW.plusSeconds(300)));
        assertThat(tokens.lookup("t4")).as("full: not kept").isEmpty();
        clock.set(NOW.plusSeconds(10));
        tokens.remember("t4", verified("d", NOW.plusSeconds(300)));
        assertThat(tokens.lookup("t4")).as("t1 expired and made room").isPresent();
        assertThat(tokens.size()).isEqualTo(3);
    }

    @Test
    void noReuseTimeVerifiesEveryRequest() {
        VerifiedTokens none = new VerifiedTokens(clock, Duration.ZERO, 10);
        none.remember("token-a", verified("anna", NOW.plusSeconds(300)));
        assertThat(none.lookup("token-a")).isEmpty();
    }
}
