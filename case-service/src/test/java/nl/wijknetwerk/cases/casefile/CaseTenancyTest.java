package nl.wijknetwerk.cases.casefile;

import static io.restassured.RestAssured.given;
import static nl.wijknetwerk.testing.Problems.assertFieldProblem;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.wijknetwerk.shared.event.EventSchemas;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.event.Topics;
import nl.wijknetwerk.testing.TestEvents;
import nl.wijknetwerk.testing.Tokens;
import nl.wijknetwerk.testing.TopicProbe;

/** A ward never sees another ward's cases, and a ward exists here only once network-service said so. */
@QuarkusTest
class CaseTenancyTest {

    static final String OPEN = """
            {"kind": "COLLECTIVE", "question": "Wij willen een rustigere buurt: overlast in de flat.",
             "lifeDomains": ["HOUSING"], "startedBy": "PROFESSIONAL", "triageRoute": "INDIVIDUAL_AT_HOME"}""";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private static boolean wardsKnown;

    @BeforeEach
    void wards() {
        if (wardsKnown) {
            return;
        }
        wardsKnown = true;
        TestEvents.wardOnboarded("ruwaard");
        TestEvents.wardOnboarded("ussen");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.coordinator())
                .get("/api/wards/ussen/cases").then().statusCode(200));
    }

    @Test
    void aWardUnknownHereIsNotFound() {
        assertProblem(given().auth().oauth2(Tokens.coordinator()).get("/api/wards/atlantis/cases").then(), 404);
    }

    @Test
    void aProfessionalOfRuwaardIsRefusedInUssenAndNeverSeesItsCases() {
        String ussenCase = given().auth().oauth2(Tokens.professional("chantal", "pantein", "ussen"))
                .contentType(ContentType.JSON).body(OPEN).post("/api/wards/ussen/cases")
                .then().statusCode(201).body("ward", equalTo("ussen")).extract().path("id");
        String anna = Tokens.professional("anna", "ons-welzijn", "ruwaard");

        assertProblem(given().auth().oauth2(anna).get("/api/wards/ussen/cases/" + ussenCase).then(), 403);
        assertProblem(given().auth().oauth2(anna).contentType(ContentType.JSON).body(OPEN)
                .post("/api/wards/ussen/cases").then(), 403);
        // Through her own ward, the id of an Ussen case finds nothing.
        assertProblem(given().auth().oauth2(anna).get("/api/wards/ruwaard/cases/" + ussenCase).then(), 404);
        given().auth().oauth2(anna).get("/api/wards/ruwaard/cases").then().statusCode(200)
                .body("findAll { it.ward == 'ussen' }", hasSize(0));
    }

    @Test
    void openingACaseEmitsAPseudonymousContractValidEvent() {
        String id = given().auth().oauth2(Tokens.professional("bram", "brabantwonen", "ruwaard"))
                .contentType(ContentType.JSON).body(OPEN).post("/api/wards/ruwaard/cases")
                .then().statusCode(201).body("openedByOrganisation", equalTo("brabantwonen")).extract().path("id");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> events = TopicProbe.readAll(kafka, Topics.CASES);
            JsonNode opened = events.stream().filter(e -> e.path("subject").asText().equals(id)).findFirst().orElseThrow(() -> new AssertionError("event not on the topic yet"));
            assertThat(opened.path("type").asText()).isEqualTo(EventTypes.CASE_OPENED);
            assertThat(opened.path("wardid").asText()).isEqualTo("ruwaard");
            assertThat(EventSchemas.violations(opened)).isEmpty();
            assertThat(opened.toString()).doesNotContain("overlast");
        });
    }

    @Test
    void badInputChangesNothing() {
        String token = Tokens.professional("bram", "brabantwonen", "ruwaard");
        int before = given().auth().oauth2(token).get("/api/wards/ruwaard/cases").then().extract().path("size()");
        assertFieldProblem(given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"kind\": \"INDIVIDUAL\", \"question\": \" \", \"startedBy\": \"PROFESSIONAL\"}")
                .post("/api/wards/ruwaard/cases").then(), 400, "question");
        assertFieldProblem(given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"kind\": \"SOMETIMES\", \"question\": \"x\", \"startedBy\": \"PROFESSIONAL\"}")
                .post("/api/wards/ruwaard/cases").then(), 400, "kind");
        given().auth().oauth2(token).get("/api/wards/ruwaard/cases").then().body("size()", equalTo(before));
    }

    @Test
    void aSuspendedWardKeepsItsReadsButRefusesChanges() {
        TestEvents.wardOnboarded("slaapwijk");
        String token = Tokens.professional("dirk", "ggz-oost-brabant", "slaapwijk");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(token)
                .contentType(ContentType.JSON).body(OPEN).post("/api/wards/slaapwijk/cases").then().statusCode(201));
        TestEvents.wardSuspended("slaapwijk");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertProblem(given().auth().oauth2(token)
                .contentType(ContentType.JSON).body(OPEN).post("/api/wards/slaapwijk/cases").then(), 409));
        given().auth().oauth2(token).get("/api/wards/slaapwijk/cases").then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void aRedeliveredOrPoisonEventChangesNothing() {
        ObjectNode onboarded = TestEvents.wardOnboarded("dubbel");
        TestEvents.publish(Topics.NETWORK, onboarded); // the same event id again
        TopicProbe.send(kafka, Topics.NETWORK, "poison", "{not json");
        TopicProbe.send(kafka, Topics.NETWORK, "poison", TestEvents.envelope(EventTypes.WARD_ONBOARDED, "kapot", "kapot", "{\"slug\": 42}").toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<JsonNode> dlq = TopicProbe.readAll(kafka, "case-service.dlq");
            assertThat(dlq).hasSizeGreaterThanOrEqualTo(2);
        });
        given().auth().oauth2(Tokens.coordinator()).get("/api/wards/dubbel/cases").then().statusCode(200);
        assertProblem(given().auth().oauth2(Tokens.coordinator()).get("/api/wards/kapot/cases").then(), 404);
    }
}
