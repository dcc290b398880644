package nl.wijknetwerk.api;

import java.util.List;
import java.util.Map;

/**
 * Shapes of the {@code wards} claim a token can carry, and whether each lets its bearer act in ward
 * {@code ruwaard}. The gateway's and the services' tests send real tokens with each, so both answer alike.
 */
public final class WardsClaimCases {

    /** @param claim the claim value to sign into the token; {@code null} leaves the claim out */
    public record Case(String name, Object claim, boolean mayActInRuwaard) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static final List<Case> ALL = List.of(
            new Case("array claim", List.of("ussen", "ruwaard"), true),
            new Case("comma-separated string", "ussen,ruwaard", true),
            new Case("space-separated string", "ussen ruwaard", true),
            new Case("all wards", List.of("*"), true),
            new Case("another ward only", List.of("ussen"), false),
            new Case("missing claim", null, false),
            new Case("garbage: an object", Map.of("ward", "ruwaard"), false),
            new Case("garbage: a number", 42, false),
            new Case("garbage: semicolons", "ussen;ruwaard", false));

    private WardsClaimCases() {
    }
}
