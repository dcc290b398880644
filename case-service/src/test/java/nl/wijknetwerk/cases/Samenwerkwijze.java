package nl.wijknetwerk.cases;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import nl.wijknetwerk.shared.event.Topics;
import nl.wijknetwerk.testing.TestEvents;
import nl.wijknetwerk.testing.Tokens;
import nl.wijknetwerk.testing.TopicProbe;

/**
 * The Samenwerkwijze through the API, step by step, as a professional at the kitchen table does it. Each step
 * asserts its own success status and returns what the next step needs, so tests read as the story they replay.
 */
public final class Samenwerkwijze {

    public static final String WARD = "ruwaard";
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static volatile boolean wardsKnown;

    private Samenwerkwijze() {
    }

    /** Ruwaard and Ussen exist in case-service once network-service's onboarding events arrived. */
    public static void wardsOnboarded() {
        if (wardsKnown) {
            return;
        }
        TestEvents.wardOnboarded("ruwaard");
        TestEvents.wardOnboarded("ussen");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().auth().oauth2(Tokens.coordinator()).get("/api/wards/ruwaard/cases").then().statusCode(200);
            given().auth().oauth2(Tokens.coordinator()).get("/api/wards/ussen/cases").then().statusCode(200);
        });
        wardsKnown = true;
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static String professional(String user, String organisation) {
        return Tokens.professional(user, organisation, WARD);
    }

    /** A resident's own login: no organisation claim. */
    public static String resident(String account) {
        return io.smallrye.jwt.build.Jwt.preferredUserName(account).subject(account).groups(Set.of("resident"))
                .claim("wards", List.of(WARD)).issuer(Tokens.ISSUER).audience(Tokens.ISSUER)
                .expiresIn(Duration.ofMinutes(10)).jws().keyId("1").sign("privateKey.jwk");
    }

    /** A login name no other test run used: accounts are unique within a ward. */
    public static String uniqueAccount(String base) {
        return base + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    public static String manager(String user, String organisation) {
        return Tokens.token(user, organisation, Set.of("manager"), List.of(WARD));
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static String path(String caseId, String rest) {
        return "/api/wards/" + WARD + "/cases/" + caseId + rest;
    }

    public static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                m.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return m;
    }

    /** @return the resident's id */
    public static String registerResident(String token, Map<String, Object> resident) {
        return as(token).body(resident).post("/api/wards/" + WARD + "/residents")
                .then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    public static String pseudonymOf(String token, String residentId) {
        return as(token).get("/api/wards/" + WARD + "/residents/" + residentId).then().statusCode(200).extract().path("pseudonym");
    }

    /** @return the network member's id */
    public static String addNetworkMember(String token, String residentId, String name, String relation) {
        return as(token).body(map("name", name, "relation", relation))
                .post("/api/wards/" + WARD + "/residents/" + residentId + "/network")
                .then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    /** @return the case id */
    public static String openCase(String token, String residentId, String question, String triageRoute, String... lifeDomains) {
        return as(token).body(map("kind", residentId == null ? "COLLECTIVE" : "INDIVIDUAL", "residentId", residentId,
                "question", question, "lifeDomains", List.of(lifeDomains), "startedBy", "PROFESSIONAL",
                "triageRoute", triageRoute))
                .post("/api/wards/" + WARD + "/cases").then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    /** @return the intake version recorded */
    public static int recordIntake(String token, String caseId, String iWant, String iCan, String iNeed) {
        return as(token).body(map("iWant", iWant, "iCan", iCan, "iNeed", iNeed)).put(path(caseId, "/intake"))
                .then().log().ifValidationFails().statusCode(200).extract().path("version");
    }

    public static Map<String, Object> residentAtTable(String residentId) {
        return map("kind", "RESIDENT", "residentId", residentId);
    }

    public static Map<String, Object> networkMemberAtTable(String memberId) {
        return map("kind", "NETWORK_MEMBER", "networkMemberId", memberId);
    }

    public static Map<String, Object> professionalAtTable(String user, String organisation) {
        return map("kind", "PROFESSIONAL", "professionalId", user, "organisation", organisation);
    }

    public static Map<String, Object> aanjagerAtTable(String user, String organisation) {
        return map("kind", "AANJAGER", "professionalId", user, "organisation", organisation);
    }

    /** Plans an MDO at the resident's home this morning. @return the MDO id */
    @SafeVarargs
    public static String planMdoAtHome(String token, String caseId, String supportedBy, Map<String, Object>... participants) {
        String plannedAt = today().atTime(10, 0).atZone(ZONE).toOffsetDateTime().toString();
        return as(token).body(map("plannedAt", plannedAt, "supportedBy", supportedBy, "participants", List.of(participants)))
                .post(path(caseId, "/mdos")).then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    /** Records the MDO as held today with the resident present and their consent. */
    public static JsonPath holdMdo(String token, String caseId, String mdoId) {
        return as(token).body(map("heldOn", today().toString(), "residentPresent", true, "consentToShare", true))
                .post(path(caseId, "/mdos/" + mdoId + "/held")).then().log().ifValidationFails().statusCode(200)
                .extract().jsonPath();
    }

    public static Map<String, Object> agreement(String what, String performer, Object... more) {
        Map<String, Object> a = map("what", what, "performer", performer);
        a.putAll(map(more));
        return a;
    }

    public static Map<String, Object> hoursAYear(String category, String provider, String kind, String hours, long rateCents) {
        return map("category", category, "providerId", provider, "kind", kind, "hoursPerYear", new java.math.BigDecimal(hours),
                "hourlyRateCents", rateCents);
    }

    public static Map<String, Object> amountAYear(String category, String provider, String kind, long cents) {
        return map("category", category, "providerId", provider, "kind", kind, "amountCentsPerYear", cents);
    }

    @SafeVarargs
    public static JsonPath agreePlan(String token, String caseId, List<String> goals, String solution,
            Map<String, Object>... agreements) {
        return as(token).body(map("goals", goals, "solution", solution, "agreements", new ArrayList<>(List.of(agreements))))
                .put(path(caseId, "/plan")).then().log().ifValidationFails().statusCode(200).extract().jsonPath();
    }

    public static JsonPath caseOf(String token, String caseId) {
        return as(token).get(path(caseId, "")).then().log().ifValidationFails().statusCode(200).extract().jsonPath();
    }

    /** The events about one case on the cases topic, in the order they were published. */
    public static List<JsonNode> eventsOf(String kafka, String caseId) {
        return TopicProbe.readAll(kafka, Topics.CASES).stream().filter(e -> caseId.equals(e.path("subject").asText())).toList();
    }

    public static List<String> typesOf(List<JsonNode> events) {
        return events.stream().map(e -> e.path("type").asText()).toList();
    }
}
