package nl.wijknetwerk.testing;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * Signed access tokens that the test OIDC server ({@code OidcWiremockTestResource}) vouches for, carrying the
 * claims the platform relies on: roles ({@code groups}), {@code wards} and {@code organisation}.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";

    private Tokens() {
    }

    public static String token(String user, String organisation, Set<String> roles, List<String> wards) {
        return Jwt.preferredUserName(user)
                .subject(user)
                .groups(roles)
                .claim("wards", wards)
                .claim("organisation", organisation)
                .issuer(ISSUER)
                .audience(ISSUER)
                .expiresIn(Duration.ofMinutes(10))
                .jws().keyId("1")
                .sign("privateKey.jwk");
    }

    public static String coordinator() {
        return token("coordinator", "gemeente-oss", Set.of("coordinator"), List.of("*"));
    }

    public static String professional(String user, String organisation, String... wards) {
        return token(user, organisation, Set.of("professional"), List.of(wards));
    }

    /**
     * A partner organisation's machine client as Keycloak issues it for the client-credentials grant: the service
     * account's name, role {@code partner-system}, the client's hard-coded {@code organisation} and {@code wards}.
     *
     * @param scope the token's {@code scope} claim (capability scopes asked for), or null for none
     */
    public static String partnerSystem(String organisation, String scope, String... wards) {
        String client = "partner-" + organisation;
        var claims = Jwt.preferredUserName("service-account-" + client)
                .subject(java.util.UUID.nameUUIDFromBytes(client.getBytes()).toString())
                .groups(Set.of("partner-system"))
                .claim("wards", List.of(wards))
                .claim("organisation", organisation)
                .claim("azp", client)
                .claim("client_id", client);
        if (scope != null) {
            claims.claim("scope", scope);
        }
        return claims.issuer(ISSUER).audience(ISSUER).expiresIn(Duration.ofMinutes(10)).jws().keyId("1").sign("privateKey.jwk");
    }

    /** A token signed by a key the OIDC server never published. */
    public static String foreignSigned(String user, String... wards) {
        try {
            var generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var key = generator.generateKeyPair().getPrivate();
            return Jwt.preferredUserName(user).groups(Set.of("professional")).claim("wards", List.of(wards))
                    .issuer(ISSUER).audience(ISSUER).jws().keyId("1").sign(key);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String expired(String user, String... wards) {
        long past = System.currentTimeMillis() / 1000 - 3600;
        return Jwt.preferredUserName(user).groups(Set.of("professional")).claim("wards", List.of(wards))
                .issuer(ISSUER).audience(ISSUER).issuedAt(past - 600).expiresAt(past)
                .jws().keyId("1").sign("privateKey.jwk");
    }
}
