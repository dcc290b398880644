package nl.wijknetwerk.gateway.security;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import nl.wijknetwerk.api.Caller;

/** The caller a verified token describes, read by the same claim parser as the services' ({@link Caller}). */
public final class TokenCaller {

    private TokenCaller() {
    }

    public static Caller of(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken jwt
                ? Caller.fromClaims(jwt.getName(), jwt::getClaim, identity.getRoles())
                : Caller.anonymous();
    }
}
