package nl.wijknetwerk.network.leersessie;

import static nl.wijknetwerk.network.NetworkFixtures.as;
import static nl.wijknetwerk.network.NetworkFixtures.awaitEvent;
import static nl.wijknetwerk.network.NetworkFixtures.coordinator;
import static nl.wijknetwerk.network.NetworkFixtures.events;
import static nl.wijknetwerk.network.NetworkFixtures.wardWithProfessionals;
import static nl.wijknetwerk.testing.Problems.assertFieldProblem;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.wijknetwerk.shared.event.EventSchemas;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.testing.Tokens;

@QuarkusTest
class LeersessieTest {

    static final String ROUND = """
            {"leaderId": "bram", "contributorId": "anna", "participants": ["chris", "dirk"],
             "question": "Hoe krijg ik de verhuurder aan tafel?", "reformulatedQuestion": "Wat heeft de verhuurder nodig?",
             "advice": ["Nodig hem uit bij de bewoner thuis", "Vraag BrabantWonen om een introductie"],
             "contributorAskedBack": "Wie kent hem al?", "helped": true, "tomorrow": "Ik bel de wijkbeheerder",
             "stillNeeded": "Een aanjager die meegaat", "outOfTheBoxAdvice": ["Organiseer een buurtbarbecue"]}""";

    @Test
    void attendanceIsRecordedOnceItTookPlaceCountsForTheLeerplanAndLeavesOnlyCounts() {
        wardWithProfessionals("les-held", "ons-welzijn", "anna", "bram");
        String id = plan("les-held", "PROFESSIONALS_BIWEEKLY", "2024-05-02");

        professional("les-held").body("""
                {"professionals": ["anna", "bram", "anna"], "managers": 2, "directors": 0, "residents": 3}""")
                .post("/api/wards/les-held/leersessies/" + id + "/attendance").then().statusCode(200)
                .body("held", equalTo(true)).body("attendance.professionals", equalTo(2)).body("attendance.residents", equalTo(3))
                .body("attendingProfessionals", containsInAnyOrder("anna", "bram"));

        JsonNode held = awaitEvent(EventTypes.LEERSESSIE_HELD, "les-held", e -> e.path("data").path("sessionId").asText().equals(id));
        assertThat(EventSchemas.violations(held)).isEmpty();
        assertThat(held.path("data").path("attendance").path("professionals").asInt()).isEqualTo(2);
        assertThat(held.path("data").path("attendance").path("managers").asInt()).isEqualTo(2);
        assertThat(held.path("data").path("tables").asInt()).isEqualTo(3);
        assertThat(held.toString()).doesNotContain("anna");
        coordinator().get("/api/wards/les-held/professionals/anna/leerplan").then()
                .body("steps.find { it.step == 'ATTEND_LEERSESSIES' }.count", equalTo(1));

        assertProblem(professional("les-held").body("{\"professionals\": [\"anna\"], \"managers\": 0, \"directors\": 0, \"residents\": 0}")
                .post("/api/wards/les-held/leersessies/" + id + "/attendance").then(), 409)
                .body("detail", equalTo("Attendance of leersessie " + id + " was already recorded"));
        assertProblem(professional("les-held").header("Accept-Language", "nl")
                .body("{\"professionals\": [\"anna\"], \"managers\": 0, \"directors\": 0, \"residents\": 0}")
                .post("/api/wards/les-held/leersessies/" + id + "/attendance").then(), 409)
                .body("detail", equalTo("De aanwezigheid bij leersessie " + id + " is al vastgelegd"));
        coordinator().get("/api/wards/les-held/professionals/anna/leerplan").then()
                .body("steps.find { it.step == 'ATTEND_LEERSESSIES' }.count", equalTo(1));
    }

    @Test
    void attendanceForAFutureSessionIsRefusedAndNothingIsWritten() {
        wardWithProfessionals("les-future", "ons-welzijn", "anna");
        String future = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(14).toString();
        String id = plan("les-future", "WITH_MANAGERS", future);

        assertFieldProblem(professional("les-future").body("{\"professionals\": [\"anna\"], \"managers\": 1, \"directors\": 0, \"residents\": 0}")
                .post("/api/wards/les-future/leersessies/" + id + "/attendance").then(), 422, "heldOn");
        assertFieldProblem(professional("les-future").body(ROUND.replace("\"bram\"", "\"anna\""))
                .post("/api/wards/les-future/leersessies/" + id + "/intervision-rounds").then(), 422, "heldOn");

        coordinator().get("/api/wards/les-future/leersessies/" + id).then().statusCode(200)
                .body("held", equalTo(false)).body("attendance", nullValue());
        coordinator().get("/api/wards/les-future/professionals/anna/leerplan").then()
                .body("steps.find { it.step == 'ATTEND_LEERSESSIES' }.count", equalTo(0));
    }

    @Test
    void someoneOutsideTheWardNetworkCannotBeMarkedPresent() {
        wardWithProfessionals("les-stranger", "ons-welzijn", "anna");
        String id = plan("les-stranger", "PROFESSIONALS_BIWEEKLY", "2024-05-02");
        assertFieldProblem(professional("les-stranger").body("{\"professionals\": [\"anna\", \"zorro\"], \"managers\": 0, \"directors\": 0, \"residents\": 0}")
                .post("/api/wards/les-stranger/leersessies/" + id + "/attendance").then(), 422, "professionals[1]");
        assertFieldProblem(professional("les-stranger").body("{\"professionals\": [], \"managers\": -1, \"directors\": 0, \"residents\": 0}")
                .post("/api/wards/les-stranger/leersessies/" + id + "/attendance").then(), 400, "managers");
        coordinator().get("/api/wards/les-stranger/leersessies/" + id).then().body("held", equalTo(false));
        // The ward's last event before the refusals was Anna joining; once it is on the topic, a held event would be too.
        awaitEvent(EventTypes.PROFESSIONAL_JOINED, "les-stranger", e -> true);
        assertThat(events(EventTypes.LEERSESSIE_HELD, "les-stranger")).isEmpty();
        coordinator().get("/api/wards/les-stranger/professionals/anna/leerplan").then()
                .body("steps.find { it.step == 'ATTEND_LEERSESSIES' }.count", equalTo(0));
    }

    @Test
    void anIntervisionRoundFollowsTheMethodAndCountsForLeaderAndContributor() {
        wardWithProfessionals("les-intervisie", "ons-welzijn", "anna", "bram", "chris", "dirk");
        String id = plan("les-intervisie", "PROFESSIONALS_BIWEEKLY", "2024-05-02");

        professional("les-intervisie").body(ROUND).post("/api/wards/les-intervisie/leersessies/" + id + "/intervision-rounds")
                .then().statusCode(201).body("reformulatedQuestion", equalTo("Wat heeft de verhuurder nodig?"))
                .body("advice.size()", equalTo(2)).body("tomorrow", equalTo("Ik bel de wijkbeheerder"))
                .body("outOfTheBoxAdvice", contains("Organiseer een buurtbarbecue"));
        coordinator().get("/api/wards/les-intervisie/leersessies/" + id + "/intervision-rounds").then().body("size()", equalTo(1));

        coordinator().get("/api/wards/les-intervisie/professionals/bram/leerplan").then()
                .body("steps.find { it.step == 'LEAD_INTERVISION' }.count", equalTo(1))
                .body("steps.find { it.step == 'BRING_IN_CASE' }.count", equalTo(0));
        coordinator().get("/api/wards/les-intervisie/professionals/anna/leerplan").then()
                .body("steps.find { it.step == 'BRING_IN_CASE' }.count", equalTo(1));
        JsonNode completed = awaitEvent(EventTypes.INTERVISION_COMPLETED, "les-intervisie", e -> true);
        assertThat(EventSchemas.violations(completed)).isEmpty();
        assertThat(completed.path("data").path("leaderId").asText()).isEqualTo("bram");
        assertThat(completed.path("data").path("helped").asBoolean()).isTrue();
        assertThat(completed.toString()).doesNotContain("verhuurder");

        assertFieldProblem(professional("les-intervisie").body(ROUND.replace("\"bram\"", "\"anna\""))
                .post("/api/wards/les-intervisie/leersessies/" + id + "/intervision-rounds").then(), 422, "contributorId");
        assertFieldProblem(professional("les-intervisie").body(ROUND.replace("\"dirk\"", "\"zorro\""))
                .post("/api/wards/les-intervisie/leersessies/" + id + "/intervision-rounds").then(), 422, "participants[1]");
        // The same refusals on the coordinator's Dutch page: in Dutch, under the same fields.
        assertFieldProblem(professional("les-intervisie").header("Accept-Language", "nl").body(ROUND.replace("\"bram\"", "\"anna\""))
                .post("/api/wards/les-intervisie/leersessies/" + id + "/intervision-rounds").then(), 422, "contributorId")
                .body("errors[0].message", equalTo("de gespreksleider kan niet ook de vraag inbrengen"));
        assertFieldProblem(professional("les-intervisie").header("Accept-Language", "nl").body(ROUND.replace("\"dirk\"", "\"zorro\""))
                .post("/api/wards/les-intervisie/leersessies/" + id + "/intervision-rounds").then(), 422, "participants[1]")
                .body("errors[0].message", equalTo("'zorro' is geen professional van deze wijk"));
        assertFieldProblem(professional("les-intervisie").body(ROUND.replace("\"advice\": [\"Nodig hem uit bij de bewoner thuis\", \"Vraag BrabantWonen om een introductie\"]", "\"advice\": []"))
                .post("/api/wards/les-intervisie/leersessies/" + id + "/intervision-rounds").then(), 400, "advice");
        coordinator().get("/api/wards/les-intervisie/leersessies/" + id + "/intervision-rounds").then().body("size()", equalTo(1));
    }

    @Test
    void reflectionCardsAreCollectedPerSessionAndAnEmptyCardIsRefused() {
        wardWithProfessionals("les-kaart", "ons-welzijn", "anna");
        String id = plan("les-kaart", "PROFESSIONALS_BIWEEKLY", "2024-05-02");
        String other = plan("les-kaart", "MANAGERS", "2024-05-03");
        professional("les-kaart").body("""
                {"learnt": "Vragen wat iemand zelf kan", "struck": "Hoe snel collega's kwamen"}""")
                .post("/api/wards/les-kaart/leersessies/" + id + "/reflection-cards").then().statusCode(201);
        professional("les-kaart").body("{\"toShare\": \"De huisarts wil aansluiten\"}")
                .post("/api/wards/les-kaart/leersessies/" + id + "/reflection-cards").then().statusCode(201);
        assertFieldProblem(professional("les-kaart").body("{\"learnt\": \"  \"}")
                .post("/api/wards/les-kaart/leersessies/" + id + "/reflection-cards").then(), 400, "learnt");

        coordinator().get("/api/wards/les-kaart/leersessies/" + id + "/reflection-cards").then()
                .body("size()", equalTo(2)).body("learnt", contains("Vragen wat iemand zelf kan", null));
        coordinator().get("/api/wards/les-kaart/leersessies/" + other + "/reflection-cards").then().body("size()", equalTo(0));
        coordinator().get("/api/wards/les-kaart/leersessies?from=2024-05-03").then().body("id", contains(other));
        coordinator().get("/api/wards/les-kaart/leersessies?to=2024-05-02").then().body("id", contains(id));
        // Another ward does not find this session, even by its id.
        wardWithProfessionals("les-kaart-buur", "ons-welzijn");
        assertProblem(professional("les-kaart-buur").get("/api/wards/les-kaart-buur/leersessies/" + id).then(), 404);
        assertProblem(professional("les-kaart-buur").get("/api/wards/les-kaart-buur/leersessies/" + id + "/reflection-cards").then(), 404);
    }

    static RequestSpecification professional(String ward) {
        return as(Tokens.professional("anna", "ons-welzijn", ward));
    }

    static String plan(String ward, String kind, String heldOn) {
        return professional(ward).body("""
                {"kind": "%s", "heldOn": "%s", "theme": "schulden", "tables": ["PLENARY", "NEWCOMERS", "INDIVIDUAL_CASES"]}"""
                .formatted(kind, heldOn)).post("/api/wards/" + ward + "/leersessies").then().statusCode(201).extract().path("id");
    }
}
