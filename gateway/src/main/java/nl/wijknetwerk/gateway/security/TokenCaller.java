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

    /** The client a partner system's token names ({@link Caller#clientId}), or {@code null}. */
    public static String clientId(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? Caller.clientId(jwt::getClaim) : null;
    }

    /** The token's subject, or {@code null} when the caller has no token. */
    public static String subject(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getSubject() : null;
    }
}
