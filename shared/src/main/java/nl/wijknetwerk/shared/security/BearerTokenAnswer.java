package nl.wijknetwerk.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.oidc.IdentityProviderAnswer;
import nl.wijknetwerk.oidc.IdentityProviderGate;

/**
 * A service needs the identity provider for a request with a bearer token; while it cannot verify one it answers
 * 503 problem+json (the gate runs before authentication and after the URI length check).
 */
@ApplicationScoped
public class BearerTokenAnswer implements IdentityProviderAnswer {

    @Override
    public boolean needsTheProvider(RoutingContext ctx) {
        return IdentityProviderAnswer.carriesBearerToken(ctx);
    }

    @Override
    public void unavailable(RoutingContext ctx) {
        ctx.response().setStatusCode(503).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Problem.identityProviderUnavailable().at(ctx.request().path()).toJson());
    }

    void guard(@Observes Router router, IdentityProviderGate gate) {
        gate.guard(router);
    }
}
