package nl.wijknetwerk.cases.barrier;

import static nl.wijknetwerk.cases.Samenwerkwijze.as;
import static nl.wijknetwerk.cases.Samenwerkwijze.eventsOf;
import static nl.wijknetwerk.cases.Samenwerkwijze.manager;
import static nl.wijknetwerk.cases.Samenwerkwijze.map;
import static nl.wijknetwerk.cases.Samenwerkwijze.openCase;
import static nl.wijknetwerk.cases.Samenwerkwijze.path;
import static nl.wijknetwerk.cases.Samenwerkwijze.professional;
import static nl.wijknetwerk.cases.Samenwerkwijze.registerResident;
import static nl.wijknetwerk.cases.Samenwerkwijze.today;
import static nl.wijknetwerk.cases.Samenwerkwijze.typesOf;
import static nl.wijknetwerk.testing.Problems.assertFieldProblem;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import nl.wijknetwerk.cases.Samenwerkwijze;
import nl.wijknetwerk.shared.event.EventSchemas;
import nl.wijknetwerk.shared.event.EventTypes;

/** A barrier climbs to managers and directors while it stays open, and the ward's managers see it in their list. */
@QuarkusTest
class BarrierTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    DataSource dataSource;

    private final String bram = professional("bram", "brabantwonen");
    private final String managerOfPantein = manager("mieke", "pantein");
    private String caseId;

    @BeforeEach
    void aCaseWithAnAgreedSolution() {
        Samenwerkwijze.wardsOnboarded();
        String resident = registerResident(bram, map("name", "Yusuf Demir"));
        caseId = openCase(bram, resident, "Wij zitten met vijf kinderen in een flat met twee kamers.", "INDIVIDUAL_AT_HOME", "HOUSING");
    }

    @Test
    void anOpenBarrierClimbsToManagersAndDirectorsAndIsResolved() throws SQLException {
        String barrier = as(bram).body(map("kind", "FUNDING_RULE", "ownerOrganisation", "gemeente-oss",
                "description", "Verhuiskosten passen in geen enkele regeling")).post(path(caseId, "/barriers"))
                .then().statusCode(201).body("level", equalTo("TEAM")).body("daysOpen", equalTo(0)).extract().path("id");
        assertThat(openInWard()).extracting(b -> b.get("id")).contains(barrier);

        // Nothing to climb yet.
        as(managerOfPantein).post("/api/wards/ruwaard/barriers/escalation").then().statusCode(200)
                .body("findAll { it.id == '" + barrier + "' }.size()", equalTo(0));

        passDays(20);
        as(managerOfPantein).post("/api/wards/ruwaard/barriers/escalation").then().statusCode(200)
                .body("find { it.id == '" + barrier + "' }.level", equalTo("MANAGER"));
        passDays(30);
        as(managerOfPantein).post("/api/wards/ruwaard/barriers/escalation").then().statusCode(200)
                .body("find { it.id == '" + barrier + "' }.level", equalTo("DIRECTOR"));
        // Running it again changes nothing: every level is reached once.
        as(managerOfPantein).post("/api/wards/ruwaard/barriers/escalation").then().statusCode(200)
                .body("findAll { it.id == '" + barrier + "' }.size()", equalTo(0));
        assertThat(openInWard()).filteredOn(b -> barrier.equals(b.get("id")))
                .extracting(b -> b.get("daysOpen") + " " + b.get("escalatedToManagerOn") + " " + b.get("escalatedToDirectorOn"))
                .containsExactly("50 " + today().minusDays(30) + " " + today());

        as(managerOfPantein).body(map("resolution", "De directeuren spraken af: verhuiskosten uit het wijkbudget"))
                .post(path(caseId, "/barriers/" + barrier + "/resolved")).then().log().ifValidationFails().statusCode(404);
        as(bram).body(map("resolution", "De directeuren spraken af: verhuiskosten uit het wijkbudget"))
                .post(path(caseId, "/barriers/" + barrier + "/resolved")).then().statusCode(200)
                .body("resolvedOn", equalTo(today().toString())).body("daysOpen", equalTo(50));
        assertProblem(as(bram).body(map("resolution", "nog eens")).post(path(caseId, "/barriers/" + barrier + "/resolved")).then(), 409);
        assertThat(openInWard()).extracting(b -> b.get("id")).doesNotContain(barrier);
        as(managerOfPantein).get("/api/wards/ruwaard/barriers?status=resolved").then().statusCode(200)
                .body("find { it.id == '" + barrier + "' }.resolution", equalTo("De directeuren spraken af: verhuiskosten uit het wijkbudget"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> events = eventsOf(kafka, caseId).stream()
                    .filter(e -> e.path("type").asText().contains("barrier")).toList();
            assertThat(typesOf(events)).containsExactly(EventTypes.BARRIER_REPORTED, EventTypes.BARRIER_ESCALATED,
                    EventTypes.BARRIER_ESCALATED, EventTypes.BARRIER_RESOLVED);
            events.forEach(e -> assertThat(EventSchemas.violations(e)).isEmpty());
            assertThat(events.get(1).path("data").path("level").asText()).isEqualTo("MANAGER");
            assertThat(events.get(2).path("data").path("level").asText()).isEqualTo("DIRECTOR");
            assertThat(events.get(3).path("data").path("daysOpen").asInt()).isEqualTo(50);
            assertThat(events.toString()).doesNotContain("Verhuiskosten");
        });
    }

    @Test
    void theWardListComesInPagesLongestOpenFirst() {
        // Reported the same day: the one reported first has been open longest.
        String older = as(bram).body(map("kind", "PROTOCOL", "description", "Twee intakes voor dezelfde vraag"))
                .post(path(caseId, "/barriers")).then().statusCode(201).extract().path("id");
        String newer = as(bram).body(map("kind", "PROTOCOL", "description", "Wachtlijst zonder uitzondering"))
                .post(path(caseId, "/barriers")).then().statusCode(201).extract().path("id");
        List<Object> all = openInWard().stream().map(b -> b.get("id")).toList();
        assertThat(all).containsSubsequence(older, newer);

        // Page by page, the same order as the whole list: a manager can walk it without missing or repeating one.
        List<Object> paged = new java.util.ArrayList<>();
        for (int page = 0; page < all.size(); page++) {
            paged.addAll(as(managerOfPantein).queryParam("size", 1).queryParam("page", page).get("/api/wards/ruwaard/barriers")
                    .then().statusCode(200).body("size()", equalTo(1)).extract().jsonPath().getList("id"));
        }
        assertThat(paged).isEqualTo(all);
        as(managerOfPantein).queryParam("size", 1).queryParam("page", all.size()).get("/api/wards/ruwaard/barriers")
                .then().statusCode(200).body("size()", equalTo(0));
        assertFieldProblem(as(managerOfPantein).queryParam("size", 201).get("/api/wards/ruwaard/barriers").then(), 400, "size");
    }

    @Test
    void badBarrierInputChangesNothing() {
        assertFieldProblem(as(bram).body(map("kind", "RED_TAPE", "description", "x")).post(path(caseId, "/barriers")).then(), 400, "kind");
        assertFieldProblem(as(bram).body(map("kind", "PROTOCOL", "description", "x", "reportedOn", today().plusDays(1).toString()))
                .post(path(caseId, "/barriers")).then(), 400, "reportedOn");
        assertFieldProblem(as(bram).body(map("kind", "PROTOCOL", "description", "x", "agreementId", java.util.UUID.randomUUID().toString()))
                .post(path(caseId, "/barriers")).then(), 422, "agreementId");
        as(bram).get(path(caseId, "/barriers")).then().statusCode(200).body("size()", equalTo(0));
        // Professionals report barriers; the ward list is for managers, directors and the coordinator.
        assertProblem(as(bram).get("/api/wards/ruwaard/barriers").then(), 403);
    }

    private List<Map<String, Object>> openInWard() {
        return as(managerOfPantein).get("/api/wards/ruwaard/barriers").then().statusCode(200).extract().jsonPath().getList("");
    }

    /** Time passes for this case: its dates move back, as if it had all happened that many days earlier. */
    private void passDays(int days) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("update case_file set opened_on = opened_on - " + days + " where id = '" + caseId + "'");
            statement.executeUpdate("update barrier set reported_on = reported_on - " + days
                    + ", escalated_to_manager_on = escalated_to_manager_on - " + days + " where case_id = '" + caseId + "'");
        }
    }
}
