package nl.wijknetwerk.shared.ward;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * What the bearer token says about the caller: the wards it may act in (claim {@code wards}, {@code "*"} for all)
 * and its organisation (claim {@code organisation}).
 */
public record Caller(String user, String organisation, Set<String> wards, Set<String> roles) {

    public static final String WARDS_CLAIM = "wards";
    public static final String ORGANISATION_CLAIM = "organisation";

    public static Caller of(SecurityIdentity identity) {
        String organisation = null;
        Set<String> wards = Set.of();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            wards = strings(jwt.getClaim(WARDS_CLAIM));
            Object org = jwt.getClaim(ORGANISATION_CLAIM);
            organisation = org == null ? null : unquote(org);
        }
        String user = identity.isAnonymous() ? null : identity.getPrincipal().getName();
        return new Caller(user, organisation, wards, identity.getRoles());
    }

    public boolean mayActIn(String ward) {
        return wards.contains(WardContext.ALL_WARDS) || wards.contains(ward);
    }

    private static Set<String> strings(Object claim) {
        Set<String> out = new LinkedHashSet<>();
        if (claim instanceof JsonArray array) {
            array.forEach(v -> out.add(unquote(v)));
        } else if (claim instanceof Collection<?> list) {
            list.forEach(v -> out.add(unquote(v)));
        } else if (claim != null) {
            for (String s : unquote(claim).split("[,\\s]+")) {
                if (!s.isBlank()) {
                    out.add(s);
                }
            }
        }
        return Set.copyOf(out);
    }

    private static String unquote(Object value) {
        return value instanceof JsonString s ? s.getString() : String.valueOf(value);
    }
}
