package nl.wijknetwerk.gateway.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** The wards a token lets its bearer act in: claim {@code wards}, {@code "*"} meaning all of them. */
public final class CallerWards {

    private CallerWards() {
    }

    public static boolean mayActIn(SecurityIdentity identity, String ward) {
        Set<String> wards = of(identity);
        return wards.contains("*") || wards.contains(ward);
    }

    static Set<String> of(SecurityIdentity identity) {
        Set<String> out = new HashSet<>();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim("wards");
            if (claim instanceof JsonArray array) {
                array.forEach(v -> out.add(v instanceof JsonString s ? s.getString() : v.toString()));
            } else if (claim instanceof Collection<?> list) {
                list.forEach(v -> out.add(String.valueOf(v)));
            } else if (claim != null) {
                out.add(claim instanceof JsonString s ? s.getString() : claim.toString());
            }
        }
        return out;
    }
}
