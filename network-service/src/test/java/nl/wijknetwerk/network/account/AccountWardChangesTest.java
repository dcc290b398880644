package nl.wijknetwerk.network.account;

import static nl.wijknetwerk.network.NetworkFixtures.coordinator;
import static nl.wijknetwerk.network.NetworkFixtures.join;
import static nl.wijknetwerk.network.NetworkFixtures.takePart;
import static nl.wijknetwerk.network.NetworkFixtures.wardWithProfessionals;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Joining or leaving a ward's network is written down for the identity provider in the membership's own transaction
 * (the tests run without a Keycloak client secret, so nothing is passed on and the waiting changes can be read; the
 * platform's browser test shows the account at Keycloak following them).
 */
@QuarkusTest
class AccountWardChangesTest {

    @Test
    void aProfessionalWhoJoinsGetsTheWardAndWhoLeavesLosesItTheNewestDecisionWinning() {
        wardWithProfessionals("acc-join", "ons-welzijn", "acc-anna");
        assertThat(waiting("acc-anna")).containsEntry("acc-join", true);

        coordinator().body("""
                {"name": "acc-anna", "organisationId": "ons-welzijn", "discipline": "wijkcoach", "active": false}""")
                .put("/api/wards/acc-join/professionals/acc-anna").then().statusCode(200);
        assertThat(waiting("acc-anna")).containsExactly(Map.entry("acc-join", false));

        coordinator().body("""
                {"name": "acc-anna", "organisationId": "ons-welzijn", "discipline": "wijkcoach", "active": true}""")
                .put("/api/wards/acc-join/professionals/acc-anna").then().statusCode(200);
        assertThat(waiting("acc-anna")).containsExactly(Map.entry("acc-join", true));
    }

    @Test
    void aRefusedMembershipGivesNoWard() {
        wardWithProfessionals("acc-refuse", "ons-welzijn");
        coordinator().body("""
                {"accountId": "acc-bram", "name": "Bram", "organisationId": "brabantwonen"}""")
                .post("/api/wards/acc-refuse/professionals").then().statusCode(422);
        assertThat(waiting("acc-bram")).isEmpty();
    }

    @Test
    void whenTheOrganisationLeavesTheWardItsProfessionalsLoseTheWardAndKeepTheirOthers() {
        wardWithProfessionals("acc-left", "pantein", "acc-chantal");
        wardWithProfessionals("acc-stay", "pantein");
        join("acc-stay", "acc-chantal", "pantein");
        takePart("acc-left", "ons-welzijn", "WAY_OF_WORKING");

        coordinator().body("{\"until\": \"2024-06-30\"}").post("/api/wards/acc-left/organisations/pantein/departure")
                .then().statusCode(200);

        assertThat(waiting("acc-chantal")).containsEntry("acc-left", false).containsEntry("acc-stay", true);
    }

    private static Map<String, Boolean> waiting(String account) {
        return QuarkusTransaction.requiringNew().call(() -> AccountWardSync.<AccountWardSync> list("accountId", account).stream()
                .collect(Collectors.toMap(c -> c.ward, c -> c.granted)));
    }
}
