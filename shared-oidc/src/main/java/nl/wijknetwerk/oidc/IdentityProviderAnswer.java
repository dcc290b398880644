package nl.wijknetwerk.oidc;

import java.util.Optional;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * How an application answers a request it cannot serve while the identity provider is away: each application has
 * one (the services and the gateway problem+json, the web application a page). {@code Retry-After} is already set.
 */
public interface IdentityProviderAnswer {

    /** Whether this request needs the provider (e.g. it carries a bearer token, or it is a page behind the login). */
    boolean needsTheProvider(RoutingContext ctx);

    /** Ends the request with status 503. */
    void unavailable(RoutingContext ctx);

    /** Whether the request carries a bearer token: what the API's applications need the provider for. */
    static boolean carriesBearerToken(RoutingContext ctx) {
        return bearerToken(ctx.request()).isPresent();
    }

    /** The token of an {@code Authorization: Bearer …} header (scheme in any case), if the request has one. */
    static Optional<String> bearerToken(HttpServerRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? Optional.of(authorization.substring(7).strip()) : Optional.empty();
    }
}
