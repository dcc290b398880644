package nl.wijknetwerk.shared.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import nl.wijknetwerk.oidc.VerifiedTokens;
import nl.wijknetwerk.shared.WijknetwerkConfig;

/**
 * A service verifies a bearer token's signature once and reuses the identity for the same token's next requests
 * within {@code wijknetwerk.verified-tokens.reuse} (never past the token's {@code exp}): the RSA check was more than
 * half of monitoring-service's CPU for a stored KPI page (docs/benchmarks.md). As an identity provider it is asked
 * before Quarkus OIDC's and answers only for a token it verified a moment ago (else nothing, and OIDC verifies); as an
 * augmentor it runs first after OIDC's provider, so what it keeps is OIDC's identity before any other augmentor, which
 * then runs on a reused identity exactly as on a fresh one. The reuse never extends an entry: a reused identity is
 * marked and not kept again.
 */
@ApplicationScoped
public class VerifiedTokenReuse implements IdentityProvider<TokenAuthenticationRequest>, SecurityIdentityAugmentor {

    private static final String REUSED = VerifiedTokenReuse.class.getName();

    private final VerifiedTokens verified;
    private final Counter reused;
    private final Counter checked;

    public VerifiedTokenReuse(WijknetwerkConfig config, MeterRegistry meters) {
        this.verified = new VerifiedTokens(System::currentTimeMillis, config.verifiedTokens());
        this.reused = meters.counter("wijknetwerk.tokens", "check", "reused");
        this.checked = meters.counter("wijknetwerk.tokens", "check", "verified");
    }

    /** Before OIDC's provider (the default priority) and before every other augmentor. */
    @Override
    public int priority() {
        return SYSTEM_FIRST * 2;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!(request.getToken() instanceof AccessTokenCredential token)) {
            return Uni.createFrom().nullItem();
        }
        return verified.lookup(token.getToken()).map(kept -> {
            reused.increment();
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(kept).addCredential(token)
                    .addAttribute(REUSED, Boolean.TRUE);
            RoutingContext exchange = HttpSecurityUtils.getRoutingContextAttribute(request);
            if (exchange != null) {
                identity.addAttribute(RoutingContext.class.getName(), exchange);
            }
            return Uni.createFrom().item((SecurityIdentity) identity.build());
        }).orElseGet(() -> Uni.createFrom().nullItem());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token != null && !identity.isAnonymous() && identity.getAttribute(REUSED) == null) {
            checked.increment();
            verified.remember(token.getToken(), identity);
        }
        return Uni.createFrom().item(identity);
    }
}
