package nl.wijknetwerk.api;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * What the bearer token says about the caller: the wards it may act in (claim {@link Claims#WARDS}, {@code "*"} for
 * all) and its organisation (claim {@link Claims#ORGANISATION}). The gateway and every service read a token
 * through {@link #fromClaims}, so a token one accepts the other accepts too.
 */
public record Caller(String user, String organisation, Set<String> wards, Set<String> roles) {

    /**
     * @param user  the principal's name, {@code null} when anonymous
     * @param claim looks up a claim of the token by name ({@code JsonWebToken::getClaim}); values may be JSON-P
     *              values, collections or plain strings
     */
    public static Caller fromClaims(String user, Function<String, Object> claim, Set<String> roles) {
        Object organisation = claim.apply(Claims.ORGANISATION);
        return new Caller(user, organisation == null ? null : text(organisation), wards(claim.apply(Claims.WARDS)),
                roles == null ? Set.of() : Set.copyOf(roles));
    }

    /** A caller without a token: no user, no wards, no roles. */
    public static Caller anonymous() {
        return new Caller(null, null, Set.of(), Set.of());
    }

    /** The client a partner system's token names ({@link Claims#CLIENT_ID}), or {@code null} for a person's token. */
    public static String clientId(Function<String, Object> claim) {
        Object value = claim.apply(Claims.CLIENT_ID);
        return value == null ? null : text(value);
    }

    /**
     * For whom a partner system acts ({@link Claims#ON_BEHALF_OF}), only from a partner system's token (one with
     * {@link Claims#CLIENT_ID}); {@code null} for a person, who acts for themselves, and for a blank claim.
     */
    public static String onBehalfOf(Function<String, Object> claim) {
        if (clientId(claim) == null) {
            return null;
        }
        Object value = claim.apply(Claims.ON_BEHALF_OF);
        String text = value == null ? null : text(value);
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The scopes a token was given ({@link Claims#SCOPE}, separated by spaces); none without the claim. */
    public static Set<String> scopes(Function<String, Object> claim) {
        Object value = claim.apply(Claims.SCOPE);
        if (value == null) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String s : text(value).replace("\"", "").split("\\s+")) {
            if (!s.isBlank()) {
                out.add(s);
            }
        }
        return Set.copyOf(out);
    }

    public boolean mayActIn(String ward) {
        return wards.contains(Claims.ALL_WARDS) || wards.contains(ward);
    }

    /**
     * The wards claim: a JSON array of names, or one string of names separated by commas and/or white space.
     * Anything else (a number, an object) names no ward that exists, so it grants nothing.
     */
    public static Set<String> wards(Object claim) {
        Set<String> out = new LinkedHashSet<>();
        if (claim instanceof Collection<?> list) {
            list.forEach(v -> {
                String ward = text(v).strip();
                if (!ward.isEmpty()) {
                    out.add(ward);
                }
            });
        } else if (claim != null) {
            for (String s : text(claim).split("[,\\s]+")) {
                if (!s.isBlank()) {
                    out.add(s);
                }
            }
        }
        // In the claim's order: the first ward is a person's home ward where one is shown first (the web app).
        return Collections.unmodifiableSet(out);
    }

    /**
     * A claim value as text. JSON-P strings print as JSON ({@code "ruwaard"} with quotes), so a JSON string literal
     * is decoded here; this keeps the module free of a JSON library.
     */
    static String text(Object value) {
        String s = value instanceof CharSequence chars ? chars.toString() : String.valueOf(value);
        if (value instanceof CharSequence || s.length() < 2 || s.charAt(0) != '"' || s.charAt(s.length() - 1) != '"') {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length() - 1) {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }
}
