package nl.wijknetwerk.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.ext.web.RoutingContext;
import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.gateway.routing.ProblemAnswer;
import nl.wijknetwerk.oidc.IdentityProviderAnswer;

/**
 * The gateway needs the identity provider for a request with a bearer token; while it cannot check one it answers
 * 503 problem+json instead of a 401 as if the token were bad ({@code ApiProxy} asks the gate before routing).
 */
@ApplicationScoped
public class BearerTokenAnswer implements IdentityProviderAnswer {

    @Override
    public boolean needsTheProvider(RoutingContext ctx) {
        return IdentityProviderAnswer.carriesBearerToken(ctx);
    }

    @Override
    public void unavailable(RoutingContext ctx) {
        ProblemAnswer.send(ctx, Problem.identityProviderUnavailable());
    }
}
