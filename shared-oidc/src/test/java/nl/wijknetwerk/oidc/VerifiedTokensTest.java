package nl.wijknetwerk.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    static SecurityIdentity verified(String name) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(name)).addRole("professional").build();
    }

    static Long at(Instant expiry) {
        return expiry.getEpochSecond();
    }

    final AtomicLong now = new AtomicLong(NOW.toEpochMilli());
    final VerifiedTokens tokens = new VerifiedTokens(now::get, Duration.ofSeconds(30), 3);

    void set(Instant instant) {
        now.set(instant.toEpochMilli());
    }

    @Test
    void aVerifiedTokenIsKnownForTheReuseTimeAndThenCheckedAgain() {
        SecurityIdentity anna = QuarkusSecurityIdentity.builder(verified("anna"))
                .addAttribute("io.vertx.ext.web.RoutingContext", new Object()).build();
        tokens.remember("token-a", anna, at(NOW.plusSeconds(300)));
        set(NOW.plusSeconds(29));
        assertThat(tokens.lookup("token-a")).hasValueSatisfying(kept -> {
            assertThat(kept.getPrincipal()).isSameAs(anna.getPrincipal());
            assertThat(kept.getRoles()).containsExactly("professional");
            assertThat(kept.getAttributes()).as("nothing of the first request is kept").isEmpty();
        });
        assertThat(tokens.lookup("token-b")).as("another token is verified on its own").isEmpty();
        set(NOW.plusSeconds(30));
        assertThat(tokens.lookup("token-a")).isEmpty();
    }

    @Test
    void aTokenIsNeverHonouredPastItsOwnExpiry() {
        tokens.remember("token-a", verified("anna"), at(NOW.plusSeconds(5)));
        set(NOW.plusSeconds(5));
        assertThat(tokens.lookup("token-a")).isEmpty();
        tokens.remember("token-b", verified("bram"), at(NOW.minusSeconds(1)));
        assertThat(tokens.lookup("token-b")).isEmpty();
    }

    @Test
    void anIdentityWithoutAnExpiryOrAnAnonymousOneIsNotKept() {
        tokens.remember("token-a", verified("anna"), null);
        tokens.remember("token-b", QuarkusSecurityIdentity.builder().setAnonymous(true).build(), at(NOW.plusSeconds(300)));
        assertThat(tokens.lookup("token-a")).isEmpty();
        assertThat(tokens.lookup("token-b")).isEmpty();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void whenFullTheExpiredGoAndOtherwiseNothingNewIsKept() {
        tokens.remember("t1", verified("a"), at(NOW.plusSeconds(10)));
        tokens.remember("t2", verified("b"), at(NOW.plusSeconds(300)));
        tokens.remember("t3", verified("c"), at(NOW.plusSeconds(300)));
        tokens.remember("t4", verified("d"), at(NOW.plusSeconds(300)));
        assertThat(tokens.lookup("t4")).as("full: not kept").isEmpty();
        set(NOW.plusSeconds(10));
        tokens.remember("t4", verified("d"), at(NOW.plusSeconds(300)));
        assertThat(tokens.lookup("t4")).as("t1 expired and made room").isPresent();
        assertThat(tokens.size()).isEqualTo(3);
    }

    @Test
    void theExpiryIsTheTokensOwnExpClaim() {
        SecurityIdentity fromToken = QuarkusSecurityIdentity.builder().setPrincipal(jwt("anna", at(NOW.plusSeconds(10))))
                .addRole("professional").build();
        tokens.remember("token-a", fromToken);
        set(NOW.plusSeconds(9));
        assertThat(tokens.lookup("token-a")).isPresent();
        set(NOW.plusSeconds(10));
        assertThat(tokens.lookup("token-a")).as("the reuse time is 30 s, the token's exp 10 s").isEmpty();
        tokens.remember("token-b", QuarkusSecurityIdentity.builder().setPrincipal(jwt("bram", null)).build());
        assertThat(tokens.lookup("token-b")).as("a token without exp is not kept").isEmpty();
    }

    static JsonWebToken jwt(String name, Long exp) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public Set<String> getClaimNames() {
                return exp == null ? Set.of() : Set.of("exp");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claim) {
                return "exp".equals(claim) ? (T) exp : null;
            }
        };
    }

    @Test
    void noReuseTimeVerifiesEveryRequest() {
        VerifiedTokens none = new VerifiedTokens(now::get, Duration.ZERO, 10);
        none.remember("token-a", verified("anna"), at(NOW.plusSeconds(300)));
        assertThat(none.lookup("token-a")).isEmpty();
    }
}
