package nl.wijknetwerk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class CallerTest {

    static java.util.List<WardsClaimCases.Case> cases() {
        return WardsClaimCases.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aWardsClaimGrantsRuwaardOnlyWhenItNamesIt(WardsClaimCases.Case c) {
        Map<String, Object> claims = new HashMap<>();
        claims.put(Claims.WARDS, c.claim());
        Caller caller = Caller.fromClaims("anna", claims::get, Set.of(Roles.PROFESSIONAL));
        assertThat(caller.mayActIn("ruwaard")).isEqualTo(c.mayActInRuwaard());
    }

    @Test
    void separatorsAndJsonStringsYieldTheSameWards() {
        assertThat(Caller.wards(" ussen, ruwaard\tlith ")).containsExactlyInAnyOrder("ussen", "ruwaard", "lith");
        // The claim's order is kept: the web app shows a person's first ward as their home ward.
        assertThat(Caller.wards(java.util.List.of("ussen", "ruwaard"))).containsExactly("ussen", "ruwaard");
        // JSON-P strings print with their quotes; the claim means the ward, not the quoted text
        assertThat(Caller.wards(java.util.List.of(jsonString("\"ruwaard\"")))).containsExactly("ruwaard");
        assertThat(Caller.text(jsonString("\"a\\\"b\\u0041\""))).isEqualTo("a\"bA");
        // a plain Java string is the value itself, quotes and all
        assertThat(Caller.text("\"x\"")).isEqualTo("\"x\"");
    }

    @Test
    void onlyAPartnerSystemsTokenSaysForWhomItActs() {
        Map<String, Object> partner = Map.of(Claims.CLIENT_ID, "zorgportaal", Claims.ON_BEHALF_OF, jsonString("\" anna \""));
        assertThat(Caller.clientId(partner::get)).isEqualTo("zorgportaal");
        assertThat(Caller.onBehalfOf(partner::get)).isEqualTo("anna");
        // a person's token acts for the person, whatever it claims
        Map<String, Object> person = Map.of(Claims.ON_BEHALF_OF, "bert");
        assertThat(Caller.clientId(person::get)).isNull();
        assertThat(Caller.onBehalfOf(person::get)).isNull();
        assertThat(Caller.onBehalfOf(Map.<String, Object> of(Claims.CLIENT_ID, "zorgportaal", Claims.ON_BEHALF_OF, " ")::get)).isNull();
    }

    @Test
    void scopesAreSeparatedBySpaces() {
        assertThat(Caller.scopes(Map.<String, Object> of(Claims.SCOPE, jsonString("\"profile  partner-cases\""))::get))
                .containsExactlyInAnyOrder("profile", "partner-cases");
        assertThat(Caller.scopes(Map.<String, Object> of()::get)).isEmpty();
    }

    @Test
    void theOrganisationClaimIsReadAsText() {
        Caller caller = Caller.fromClaims("anna", Map.<String, Object> of(Claims.ORGANISATION, jsonString("\"ons-welzijn\""))::get, null);
        assertThat(caller.organisation()).isEqualTo("ons-welzijn");
        assertThat(caller.roles()).isEmpty();
        assertThat(caller.wards()).isEmpty();
    }

    /** Stands in for a JSON-P {@code JsonString}, which prints as JSON text. */
    private static Object jsonString(String json) {
        return new Object() {
            @Override
            public String toString() {
                return json;
            }
        };
    }
}
