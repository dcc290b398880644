package nl.wijknetwerk.shared.partner;

import java.util.Arrays;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import nl.wijknetwerk.api.Caller;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.Callers;

/**
 * What a partner organisation's system (role {@code partner-system}) may do through the partner API, one value per
 * optional client scope of the realm. A token asked for without any of these scopes may use every capability of
 * the role; a token that carries some in its {@code scope} claim may use only those (least privilege for, say, a
 * system that only reads). The organisation always comes from the token's {@code organisation} claim.
 */
public enum PartnerCapability {

    /** Read the cases and agreements the organisation has a part in. */
    CASES("partner-cases"),
    /** Mark the organisation's agreements done or dropped. */
    AGREEMENTS("partner-agreements"),
    /** Submit spending (declarations) for the organisation. */
    DECLARATIONS("partner-declarations"),
    /** Read the organisation's lump-sum allocation and commitments. */
    BUDGET("partner-budget");

    public static final String ROLE = nl.wijknetwerk.api.Roles.PARTNER_SYSTEM;

    private final String scope;

    PartnerCapability(String scope) {
        this.scope = scope;
    }

    public String scope() {
        return scope;
    }

    /** Whether a token with these scopes may use this capability (the rule, without the token). */
    public boolean allowedBy(Set<String> tokenScopes) {
        boolean narrowed = Arrays.stream(values()).anyMatch(c -> tokenScopes.contains(c.scope));
        return !narrowed || tokenScopes.contains(scope);
    }

    /**
     * The organisation of the partner system behind the request, once it may use this capability.
     *
     * @throws ProblemException 403 without an organisation claim or without the capability's scope
     */
    public String require(SecurityIdentity identity) {
        String organisation = Callers.of(identity).organisation();
        if (organisation == null || organisation.isBlank()) {
            throw ProblemException.forbidden("A partner system's token names its organisation (claim 'organisation')");
        }
        if (!allowedBy(scopes(identity))) {
            throw ProblemException.forbidden("This token was not given the scope '" + scope + "'");
        }
        return organisation;
    }

    static Set<String> scopes(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? Caller.scopes(jwt::getClaim) : Set.of();
    }
}
