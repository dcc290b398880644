package nl.wijknetwerk.shared.ward;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import nl.wijknetwerk.api.Caller;

/** The caller of the current request, read from its verified token by the one claim parser in {@link Caller}. */
public final class Callers {

    private Callers() {
    }

    public static Caller of(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return Caller.anonymous();
        }
        String user = identity.getPrincipal().getName();
        return identity.getPrincipal() instanceof JsonWebToken jwt
                ? Caller.fromClaims(user, jwt::getClaim, identity.getRoles())
                : new Caller(user, null, java.util.Set.of(), identity.getRoles());
    }

    /** For whom the caller acts, from a partner system's signed token only ({@link Caller#onBehalfOf}); else {@code null}. */
    public static String onBehalfOf(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getRawToken() != null
                ? Caller.onBehalfOf(jwt::getClaim)
                : null;
    }
}
