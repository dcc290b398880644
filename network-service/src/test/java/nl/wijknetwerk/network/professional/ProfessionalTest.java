package nl.wijknetwerk.network.professional;

import static nl.wijknetwerk.network.NetworkFixtures.as;
import static nl.wijknetwerk.network.NetworkFixtures.awaitEvent;
import static nl.wijknetwerk.network.NetworkFixtures.coordinator;
import static nl.wijknetwerk.network.NetworkFixtures.events;
import static nl.wijknetwerk.network.NetworkFixtures.manager;
import static nl.wijknetwerk.network.NetworkFixtures.onboard;
import static nl.wijknetwerk.network.NetworkFixtures.takePart;
import static nl.wijknetwerk.network.NetworkFixtures.wardWithProfessionals;
import static nl.wijknetwerk.testing.Problems.assertFieldProblem;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import nl.wijknetwerk.shared.event.EventSchemas;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.testing.Tokens;

@QuarkusTest
class ProfessionalTest {

    @Test
    void aProfessionalJoinsTheWardNetworkOfTheirOrganisationAndEveryServiceIsTold() {
        onboard("pro-join");
        takePart("pro-join", "ons-welzijn", "FINANCIAL_EXPERIMENT");
        coordinator().body("""
                {"accountId": "anna", "name": "Anna de Vries", "organisationId": "ons-welzijn", "discipline": "wijkcoach",
                 "roles": ["KWARTIERMAKER", "AANJAGER"]}""")
                .post("/api/wards/pro-join/professionals").then().statusCode(201)
                .body("id", equalTo("anna")).body("active", equalTo(true)).body("roles", contains("AANJAGER", "KWARTIERMAKER"));

        as(Tokens.professional("bram", "brabantwonen", "pro-join")).get("/api/wards/pro-join/professionals/anna")
                .then().statusCode(200).body("organisationId", equalTo("ons-welzijn")).body("discipline", equalTo("wijkcoach"));
        JsonNode joined = awaitEvent(EventTypes.PROFESSIONAL_JOINED, "pro-join", e -> e.path("data").path("professionalId").asText().equals("anna"));
        assertThat(EventSchemas.violations(joined)).isEmpty();
        assertThat(joined.path("data").path("organisationId").asText()).isEqualTo("ons-welzijn");
        assertThat(joined.toString()).doesNotContain("Anna de Vries");

        // White-label: a resident meets the ward network, not Anna's employer.
        as(Tokens.token("ria", "-", java.util.Set.of("resident"), java.util.List.of("pro-join"))).get("/api/wards/pro-join/professionals")
                .then().statusCode(200).body("[0].name", equalTo("Anna de Vries")).body("[0].discipline", equalTo("wijkcoach"))
                .body("[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("organisationId")));
    }

    @Test
    void aProfessionalWhoseOrganisationDoesNotTakePartInTheWardIsRefusedAndNothingIsWritten() {
        wardWithProfessionals("pro-refuse", "ons-welzijn", "anna");
        assertFieldProblem(coordinator().body("""
                {"accountId": "bram", "name": "Bram", "organisationId": "brabantwonen"}""")
                .post("/api/wards/pro-refuse/professionals").then(), 422, "organisationId");
        assertFieldProblem(coordinator().body("""
                {"accountId": "bram", "name": "Bram", "organisationId": "does-not-exist"}""")
                .post("/api/wards/pro-refuse/professionals").then(), 422, "organisationId");

        assertProblem(coordinator().get("/api/wards/pro-refuse/professionals/bram").then(), 404);
        coordinator().get("/api/wards/pro-refuse/professionals").then().body("id", contains("anna"));
        // Anna's event was written before the refusals; once it is on the topic, anything of Bram's would be too.
        awaitEvent(EventTypes.PROFESSIONAL_JOINED, "pro-refuse", e -> e.path("data").path("professionalId").asText().equals("anna"));
        assertThat(events(EventTypes.PROFESSIONAL_JOINED, "pro-refuse")).hasSize(1);
    }

    @Test
    void theSameAccountJoinsAWardOnceAndAmbassadorIsNotSelfAppointed() {
        wardWithProfessionals("pro-dup", "ons-welzijn", "anna");
        assertFieldProblem(coordinator().body("""
                {"accountId": "anna", "name": "Een andere Anna", "organisationId": "ons-welzijn"}""")
                .post("/api/wards/pro-dup/professionals").then(), 409, "accountId");
        assertFieldProblem(coordinator().body("""
                {"accountId": "chris", "name": "Chris", "organisationId": "ons-welzijn", "roles": ["AMBASSADOR"]}""")
                .post("/api/wards/pro-dup/professionals").then(), 422, "roles");
        coordinator().get("/api/wards/pro-dup/professionals/anna").then().body("name", equalTo("anna"));
        assertProblem(coordinator().get("/api/wards/pro-dup/professionals/chris").then(), 404);
        assertProblem(as(Tokens.professional("anna", "ons-welzijn", "pro-dup")).body("""
                {"accountId": "dave", "name": "Dave", "organisationId": "ons-welzijn"}""")
                .post("/api/wards/pro-dup/professionals").then(), 403);
    }

    @Test
    void aProfessionalLeavesTheWardNetworkAndIsNoLongerListedAsActive() {
        wardWithProfessionals("pro-leave", "ons-welzijn", "anna", "bram");
        as(manager("marieke", "ons-welzijn", "pro-leave")).body("""
                {"name": "bram", "organisationId": "ons-welzijn", "discipline": "wijkcoach", "active": false}""")
                .put("/api/wards/pro-leave/professionals/bram").then().statusCode(200).body("active", equalTo(false))
                .body("leftOn", org.hamcrest.Matchers.notNullValue());
        coordinator().get("/api/wards/pro-leave/professionals?active=true").then().body("id", contains("anna"));
        JsonNode left = awaitEvent(EventTypes.PROFESSIONAL_LEFT, "pro-leave", e -> true);
        assertThat(left.path("data").path("professionalId").asText()).isEqualTo("bram");
    }

    @Test
    void whenTheirOrganisationLeavesTheWardItsProfessionalsLeaveWithIt() {
        wardWithProfessionals("pro-mee", "ons-welzijn", "anna");
        takePart("pro-mee", "brabantwonen", "FINANCIAL_EXPERIMENT");
        coordinator().body("""
                {"accountId": "bram", "name": "Bram", "organisationId": "brabantwonen"}""").post("/api/wards/pro-mee/professionals")
                .then().statusCode(201);
        coordinator().body("{\"until\": \"2025-06-30\"}").post("/api/wards/pro-mee/organisations/brabantwonen/departure")
                .then().statusCode(200);

        coordinator().get("/api/wards/pro-mee/professionals/bram").then().body("active", equalTo(false)).body("leftOn", equalTo("2025-06-30"));
        coordinator().get("/api/wards/pro-mee/professionals?active=true").then().body("id", contains("anna"));
        awaitEvent(EventTypes.PROFESSIONAL_LEFT, "pro-mee", e -> e.path("data").path("professionalId").asText().equals("bram"));
        assertFieldProblem(coordinator().body("""
                {"name": "Bram", "organisationId": "brabantwonen", "active": true}""").put("/api/wards/pro-mee/professionals/bram")
                .then(), 422, "organisationId");
    }

    @Test
    void aWardNeverSeesAnotherWardsProfessionals() {
        wardWithProfessionals("pro-a", "ons-welzijn", "anna");
        wardWithProfessionals("pro-b", "ons-welzijn", "bram");
        coordinator().get("/api/wards/pro-b/professionals").then().body("id", not(hasItem("anna")));
        assertProblem(coordinator().get("/api/wards/pro-b/professionals/anna").then(), 404);
        assertProblem(as(Tokens.professional("bram", "ons-welzijn", "pro-b")).get("/api/wards/pro-a/professionals").then(), 403);
    }

    @Test
    void aProfessionalCanWorkInSeveralWardsAndEachCallerSeesOnlyTheirWards() {
        wardWithProfessionals("pro-twee-a", "ggz-oost-brabant", "dirk");
        wardWithProfessionals("pro-twee-b", "ggz-oost-brabant", "dirk");
        coordinator().get("/api/professionals/dirk/wards").then().statusCode(200)
                .body("ward", org.hamcrest.Matchers.hasItems("pro-twee-a", "pro-twee-b"))
                .body("find { it.ward == 'pro-twee-b' }.organisationId", equalTo("ggz-oost-brabant"));
        as(Tokens.professional("dirk", "ggz-oost-brabant", "pro-twee-a")).get("/api/professionals/dirk/wards").then()
                .body("ward", contains("pro-twee-a"));
    }

    @Test
    void aSuspendedWardRefusesChangesButKeepsItsNetworkReadable() {
        wardWithProfessionals("pro-slaap", "ons-welzijn", "anna");
        coordinator().body("{\"reason\": \"audit\"}").post("/api/wards/pro-slaap/suspension").then().statusCode(200);

        assertProblem(coordinator().body("""
                {"accountId": "bram", "name": "Bram", "organisationId": "ons-welzijn"}""")
                .post("/api/wards/pro-slaap/professionals").then(), 409);
        assertProblem(coordinator().body("{\"participation\": \"FINANCIAL_EXPERIMENT\", \"since\": \"2024-01-01\"}")
                .put("/api/wards/pro-slaap/organisations/ons-welzijn").then(), 409);
        assertProblem(coordinator().body("{\"kind\": \"MANAGERS\", \"heldOn\": \"2024-05-01\"}")
                .post("/api/wards/pro-slaap/leersessies").then(), 409);

        coordinator().get("/api/wards/pro-slaap/professionals").then().statusCode(200).body("id", contains("anna"));
        coordinator().get("/api/wards/pro-slaap/organisations").then().statusCode(200)
                .body("find { it.organisationId == 'ons-welzijn' }.participation", equalTo("WAY_OF_WORKING"));
        coordinator().get("/api/wards/pro-slaap/professionals/anna/leerplan").then().statusCode(200);
        coordinator().get("/api/wards/pro-slaap/leersessies").then().statusCode(200).body("size()", equalTo(0));
    }
}
