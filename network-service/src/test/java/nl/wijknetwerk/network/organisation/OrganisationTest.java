package nl.wijknetwerk.network.organisation;

import static nl.wijknetwerk.network.NetworkFixtures.as;
import static nl.wijknetwerk.network.NetworkFixtures.awaitEvent;
import static nl.wijknetwerk.network.NetworkFixtures.coordinator;
import static nl.wijknetwerk.network.NetworkFixtures.events;
import static nl.wijknetwerk.network.NetworkFixtures.onboard;
import static nl.wijknetwerk.network.NetworkFixtures.takePart;
import static nl.wijknetwerk.testing.Problems.assertFieldProblem;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import nl.wijknetwerk.shared.event.EventSchemas;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.testing.Tokens;

@QuarkusTest
class OrganisationTest {

    @Test
    void theOrganisationsOfTheSourcesAreThereFromTheStart() {
        coordinator().get("/api/organisations").then().statusCode(200)
                .body("name", hasItems("BrabantWonen", "BrabantZorg", "Pantein", "Interzorg", "GGZ Oost Brabant", "GGD",
                        "Gemeente Oss", "Ons Welzijn", "JIJ! Advies en coaching", "Sport Educatie Centrum", "UniK",
                        "Wijkraad Ruwaard", "Wijkstichting Rucrea", "D'n Iemhof"));
        coordinator().get("/api/organisations/ggz-oost-brabant").then().statusCode(200).body("sector", equalTo("MENTAL_HEALTH"));
    }

    @Test
    void onboardingRuwaardAnnouncesItsNetworkSoBudgetServiceKnowsWhoSharesTheBudget() {
        onboard("ruwaard");

        List<Map<String, Object>> network = coordinator().get("/api/wards/ruwaard/organisations").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(network).hasSize(16);
        assertThat(network).filteredOn(p -> p.get("participation").equals("FINANCIAL_EXPERIMENT")).extracting(p -> p.get("organisationId"))
                .containsExactlyInAnyOrder("brabantwonen", "brabantzorg", "pantein", "interzorg", "ggz-oost-brabant", "ggd",
                        "ons-welzijn", "jij-advies-en-coaching", "sport-educatie-centrum", "unik");

        JsonNode joined = awaitEvent(EventTypes.ORGANISATION_JOINED, "ruwaard",
                e -> e.path("data").path("organisationId").asText().equals("brabantzorg"));
        assertThat(EventSchemas.violations(joined)).isEmpty();
        assertThat(joined.path("data").path("participation").asText()).isEqualTo("FINANCIAL_EXPERIMENT");
        assertThat(joined.path("data").path("sector").asText()).isEqualTo("CARE");
        assertThat(events(EventTypes.ORGANISATION_JOINED, "ruwaard")).hasSize(16);
    }

    @Test
    void anOrganisationJoinsChangesHowItTakesPartAndLeavesAndOtherWardsSeeNoneOfIt() {
        onboard("deelname");
        onboard("deelname-buur");
        takePart("deelname", "pantein", "WAY_OF_WORKING");
        takePart("deelname", "pantein", "FINANCIAL_EXPERIMENT");

        coordinator().get("/api/wards/deelname/organisations").then()
                .body("find { it.organisationId == 'pantein' }.participation", equalTo("FINANCIAL_EXPERIMENT"));
        coordinator().get("/api/wards/deelname-buur/organisations").then().statusCode(200).body("organisationId", not(hasItem("pantein")));
        awaitEvent(EventTypes.ORGANISATION_JOINED, "deelname", e -> e.path("data").path("participation").asText().equals("FINANCIAL_EXPERIMENT"));

        assertFieldProblem(coordinator().body("{\"until\": \"2999-12-31\"}").post("/api/wards/deelname/organisations/pantein/departure")
                .then(), 422, "until");
        assertFieldProblem(coordinator().body("{\"until\": \"2023-12-31\"}").post("/api/wards/deelname/organisations/pantein/departure")
                .then(), 422, "until");
        coordinator().get("/api/wards/deelname/organisations").then().body("organisationId", hasItem("pantein"));
        coordinator().body("{\"until\": \"2025-12-31\"}").post("/api/wards/deelname/organisations/pantein/departure")
                .then().statusCode(200).body("until", equalTo("2025-12-31"));
        coordinator().get("/api/wards/deelname/organisations").then().body("organisationId", not(hasItem("pantein")));
        JsonNode left = awaitEvent(EventTypes.ORGANISATION_LEFT, "deelname", e -> true);
        assertThat(left.path("data").path("organisationId").asText()).isEqualTo("pantein");
        assertThat(events(EventTypes.ORGANISATION_JOINED, "deelname")).hasSize(2);

        assertProblem(coordinator().body("{\"until\": \"2025-12-31\"}").post("/api/wards/deelname/organisations/pantein/departure").then(), 409);
    }

    @Test
    void onlyTheCoordinatorDecidesWhoTakesPartAndUnknownOrganisationsAreRefused() {
        onboard("deelname-regels");
        assertProblem(as(Tokens.professional("anna", "ons-welzijn", "deelname-regels")).body("{\"participation\": \"WAY_OF_WORKING\", \"since\": \"2024-01-01\"}")
                .put("/api/wards/deelname-regels/organisations/pantein").then(), 403);
        assertProblem(coordinator().body("{\"participation\": \"WAY_OF_WORKING\", \"since\": \"2024-01-01\"}")
                .put("/api/wards/deelname-regels/organisations/nobody").then(), 404);
        assertFieldProblem(coordinator().body("{\"participation\": \"SOMETIMES\", \"since\": \"2024-01-01\"}")
                .put("/api/wards/deelname-regels/organisations/pantein").then(), 400, "participation");
        coordinator().get("/api/wards/deelname-regels/organisations").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aNewOrganisationIsRegisteredOnceWithAKnownSector() {
        coordinator().body("{\"id\": \"kunstbende-oss\", \"name\": \"Kunstbende Oss\", \"sector\": \"ART\"}").post("/api/organisations")
                .then().statusCode(201);
        assertFieldProblem(coordinator().body("{\"id\": \"kunstbende-oss\", \"name\": \"Iets anders\", \"sector\": \"ART\"}")
                .post("/api/organisations").then(), 409, "id");
        assertFieldProblem(coordinator().body("{\"id\": \"bakkerij\", \"name\": \"Bakkerij\", \"sector\": \"BAKERY\"}")
                .post("/api/organisations").then(), 400, "sector");
        coordinator().get("/api/organisations/kunstbende-oss").then().body("name", equalTo("Kunstbende Oss"));
        assertProblem(coordinator().get("/api/organisations/bakkerij").then(), 404);
    }
}
