package nl.wijknetwerk.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import nl.wijknetwerk.testing.Tokens;

/**
 * The privacy rules as a user meets them, through the gateway with signed tokens: an organisation invited to a
 * resident's MDO sees only the meeting until she consents, and nothing after she withdraws; every read lands in her
 * access log, which she reads herself with her file; a forged "on behalf of" header is kept only as a claim; and no
 * health or metrics answer is reachable on the ports the gateway and the services serve the API on; and a manager who
 * reads the wellbeing figure before and after one more resident's baseline learns nothing of her score.
 */
@Order(2)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PrivacyThroughGatewayTest {

    static final String WARD = "privacywijk";
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    static Platform platform;
    static final String bram = Tokens.professional("bram", "brabantwonen", WARD);
    static final String petra = Tokens.professional("petra", "pantein", WARD);
    static final String account = "jdevries-" + UUID.randomUUID().toString().substring(0, 8);
    /** The resident's own login: her account, no organisation. */
    static final String resident = Jwt.preferredUserName(account).subject(account).groups(Set.of("resident"))
            .claim("wards", List.of(WARD)).issuer(Tokens.ISSUER).audience(Tokens.ISSUER)
            .expiresIn(Duration.ofMinutes(30)).jws().keyId("1").sign("privateKey.jwk");
    static String residentId;
    static String caseId;
    static String mdoId;

    @BeforeAll
    static void aCaseOpenedByTheHousingCorporation() {
        platform = Platform.shared();
        given().baseUri(platform.gateway()).auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body("{\"slug\": \"" + WARD + "\", \"name\": \"Privacywijk\", \"municipality\": \"Oss\", \"startDate\": \"2024-01-01\"}")
                .post("/api/wards").then().statusCode(201);
        // case-service learns of the ward from network-service's event.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> residentId = as(bram)
                .body(Map.of("name", "Jannie de Vries", "street", "Molenstraat 3", "account", account))
                .post("/api/wards/" + WARD + "/residents").then().statusCode(201).extract().path("id"));
        caseId = as(bram).body(Map.of("kind", "INDIVIDUAL", "residentId", residentId,
                "question", "Ik kan de trap niet meer op en durf niet om hulp te vragen.", "lifeDomains", List.of("HEALTH"),
                "startedBy", "PROFESSIONAL", "triageRoute", "INDIVIDUAL_AT_HOME"))
                .post("/api/wards/" + WARD + "/cases").then().statusCode(201).extract().path("id");
        as(bram).body(Map.of("iWant", "Thuis blijven wonen.", "iCan", "Koken voor mezelf.", "iNeed", "Hulp bij de trap."))
                .put(path("/intake")).then().statusCode(200);
        String plannedAt = LocalDate.now(ZONE).atTime(10, 0).atZone(ZONE).toOffsetDateTime().toString();
        mdoId = as(bram).body(Map.of("plannedAt", plannedAt, "participants", List.of(
                Map.of("kind", "RESIDENT", "residentId", residentId),
                Map.of("kind", "PROFESSIONAL", "professionalId", "petra", "organisation", "pantein"))))
                .post(path("/mdos")).then().statusCode(201).extract().path("id");
    }

    @Test
    @Order(1)
    void anInvitedOrganisationSeesOnlyTheMeetingUntilConsentAndNothingAfterWithdrawal() {
        problem(as(petra).get(path("")).then(), 404);
        problem(as(petra).get(path("/intake")).then(), 404);
        problem(as(petra).get("/api/wards/" + WARD + "/residents/" + residentId).then(), 404);
        String invitation = as(petra).get(path("/mdos")).then().statusCode(200).body("size()", equalTo(1))
                .body("[0].organiserId", equalTo("bram")).extract().asString();
        assertThat(invitation).doesNotContain(residentId, "Jannie", "Molenstraat", "trap");

        // At the kitchen table the resident consents to share with the organisations present.
        as(bram).body(Map.of("heldOn", LocalDate.now(ZONE).toString(), "residentPresent", true, "consentToShare", true))
                .post(path("/mdos/" + mdoId + "/held")).then().statusCode(200);
        as(petra).get(path("/intake")).then().statusCode(200).body("iWant", equalTo("Thuis blijven wonen."));

        // She withdraws it for pantein: from now on pantein sees nothing of her case.
        as(bram).body(Map.of("decision", "WITHDRAWN", "organisations", List.of("pantein"))).post(path("/consents"))
                .then().statusCode(201);
        problem(as(petra).get(path("")).then(), 404);
        problem(as(petra).get(path("/intake")).then(), 404);
    }

    @Test
    @Order(2)
    void theResidentReadsWhoLookedAtHerFileAndAForgedOnBehalfOfIsOnlyAClaim() {
        as(bram).header("X-On-Behalf-Of", "dirk").get(path("")).then().statusCode(200);

        List<Map<String, Object>> log = as(resident).get("/api/wards/" + WARD + "/residents/" + residentId + "/access-log")
                .then().statusCode(200).extract().path("");
        assertThat(log).anySatisfy(e -> assertThat(e).containsEntry("actor", "petra").containsEntry("outcome", "GRANTED"));
        assertThat(log).anySatisfy(e -> assertThat(e).containsEntry("actor", "petra").containsEntry("outcome", "DENIED"));
        assertThat(log).filteredOn(e -> "dirk".equals(e.get("claimedOnBehalfOf")))
                .isNotEmpty().allSatisfy(e -> assertThat(e.get("onBehalfOf")).isNull());

        // Everything held about her, to download (AVG art. 15), and the reading of it is logged too.
        String file = as(resident).get("/api/wards/" + WARD + "/residents/" + residentId + "/export").then().statusCode(200)
                .extract().asString();
        assertThat(file).contains("Ik kan de trap niet meer op", "Thuis blijven wonen.", "WITHDRAWN");
        problem(as(bram).get("/api/wards/" + WARD + "/residents/" + residentId + "/export").then(), 403);
    }

    @Test
    @Order(3)
    void noHealthOrMetricsOnTheApiPorts() {
        given().baseUri(platform.gateway()).get("/q/metrics").then().statusCode(404);
        for (String service : List.of("case-service", "network-service", "budget-service", "monitoring-service")) {
            given().baseUri(platform.service(service)).get("/q/metrics").then().statusCode(404);
            given().baseUri(platform.service(service)).get("/q/health").then().statusCode(404);
        }
        // And the gateway routes nothing outside /api to a service.
        given().baseUri(platform.gateway()).get("/api/q/metrics").then().statusCode(404);
    }

    @Test
    @Order(4)
    void aManagerWhoReadsTheWellbeingBeforeAndAfterOneMoreResidentLearnsNothingOfHer() {
        String manager = Tokens.token("marco", "gemeente-oss", Set.of("manager"), List.of(WARD));
        String quarter = quarter(LocalDate.now(ZONE));
        // Five households at their first talk, each with a baseline: one whole group, the figure is shown.
        for (int i = 0; i < 5; i++) {
            baseline(openCase("Ik red het niet meer alleen (" + i + ")."), 4);
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(wellbeingT0(manager, quarter).get("basis")).isEqualTo(5));
        Map<String, Object> before = wellbeingT0(manager, quarter);
        assertThat(before.get("value")).isEqualTo(4.0f);
        int openBefore = openCases(manager, quarter);

        // The manager knows who was visited next. Her baseline, then her case closed: once the KPIs show the case
        // closed, her baseline (an earlier event of the same case) has been taken in too.
        String sixth = openCase("Mijn buurman zegt dat ik hulp moet vragen.");
        baseline(sixth, 10);
        as(bram).body(Map.of("reason", "RESIDENT_WITHDREW")).post("/api/wards/" + WARD + "/cases/" + sixth + "/close").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(openCases(manager, quarter)).isEqualTo(openBefore));
        assertThat(wellbeingT0(manager, quarter)).as("the same figure: nothing of the sixth resident's score").isEqualTo(before);
        Map<String, Object> year = wellbeingT0(manager, String.valueOf(LocalDate.now(ZONE).getYear()));
        assertThat(year.get("value")).isEqualTo(4.0f);
        assertThat(year.get("basis")).isEqualTo(5);

        // Four more: the second group is whole, and the figure moves over five residents at once.
        for (int i = 0; i < 4; i++) {
            baseline(openCase("Ik wil weer meedoen (" + i + ")."), 6);
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(wellbeingT0(manager, quarter).get("basis")).isEqualTo(10));
        assertThat(wellbeingT0(manager, quarter).get("value")).isEqualTo(5.4f); // (5 × 4 + 10 + 4 × 6) / 10
    }

    private static String openCase(String question) {
        return as(bram).body(Map.of("kind", "INDIVIDUAL", "question", question, "lifeDomains", List.of("SOCIAL_NETWORK"),
                "startedBy", "RESIDENT", "triageRoute", "INDIVIDUAL_AT_HOME")).post("/api/wards/" + WARD + "/cases")
                .then().statusCode(201).extract().path("id");
    }

    private static void baseline(String id, int score) {
        as(bram).body(Map.of("moment", "T0", "score", score, "measuredOn", LocalDate.now(ZONE).toString()))
                .post("/api/wards/" + WARD + "/cases/" + id + "/wellbeing").then().statusCode(201);
    }

    private static Map<String, Object> wellbeingT0(String token, String period) {
        return indicator(token, period, "wellbeing-t0");
    }

    private static int openCases(String token, String period) {
        return ((Number) indicator(token, period, "open-cases").get("value")).intValue();
    }

    private static Map<String, Object> indicator(String token, String period, String code) {
        List<Map<String, Object>> found = as(token).queryParam("period", period).get("/api/wards/" + WARD + "/kpis").then().statusCode(200)
                .extract().path("goals.flatten().indicators.flatten().findAll { it.code == '" + code + "' }");
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static String quarter(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    private static RequestSpecification as(String token) {
        return given().baseUri(platform.gateway()).auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static String path(String rest) {
        return "/api/wards/" + WARD + "/cases/" + caseId + rest;
    }

    private static void problem(ValidatableResponse response, int status) {
        response.statusCode(status).contentType(startsWith("application/problem+json")).body("status", equalTo(status));
    }
}
