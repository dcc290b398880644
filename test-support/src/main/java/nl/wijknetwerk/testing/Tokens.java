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
