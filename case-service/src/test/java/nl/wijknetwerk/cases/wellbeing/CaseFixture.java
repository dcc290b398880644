package nl.wijknetwerk.cases.wellbeing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;
import nl.wijknetwerk.shared.event.EventSchemas;
import nl.wijknetwerk.shared.event.Topics;
import nl.wijknetwerk.testing.TestEvents;
import nl.wijknetwerk.testing.Tokens;
import nl.wijknetwerk.testing.TopicProbe;

/** Wards known to case-service and cases to measure or analyse, through the API like a client would. */
public final class CaseFixture {

    private static final Set<String> READY = new HashSet<>();

    private static boolean demoPriceList;

    private CaseFixture() {
    }

    /** Onboards the ward (once per test JVM) and waits until case-service accepts it. */
    public static synchronized void ward(String ward) {
        if (READY.add(ward)) {
            TestEvents.wardOnboarded(ward);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.coordinator())
                .get("/api/wards/" + ward + "/cases").then().statusCode(200));
    }

    /**
     * Imports the demo price-list edition {@code 2024-demo} (test resource {@code price-lists/2024-demo.csv}) through
     * the API once per test JVM: no deployment ships it, the tests bring their own like the demo loader does.
     */
    public static synchronized void demoPriceList() {
        if (demoPriceList) {
            return;
        }
        try (var csv = CaseFixture.class.getResourceAsStream("/price-lists/2024-demo.csv")) {
            given().auth().oauth2(Tokens.coordinator()).contentType("text/csv").body(new String(csv.readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8)).queryParam("year", 2024)
                    .queryParam("title", "Maatschappelijke Prijslijst 2024 (demo-editie, indicatieve bedragen)")
                    .put("/api/price-lists/2024-demo").then().statusCode(201);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        demoPriceList = true;
    }

    /** Registers a resident and opens an individual case for them as the given professional; returns the case id. */
    public static String openCase(String token, String ward, String question) {
        return openCaseFor(token, ward, registerResident(token, ward, "Bewoner " + Math.abs(question.hashCode()), null), question);
    }

    public static String openCaseFor(String token, String ward, String residentId, String question) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"kind": "INDIVIDUAL", "residentId": "%s", "question": "%s", "lifeDomains": ["HOUSING", "HEALTH"],
                 "startedBy": "PROFESSIONAL", "triageRoute": "INDIVIDUAL_AT_HOME"}""".formatted(residentId, question))
                .post("/api/wards/" + ward + "/cases").then().statusCode(201).extract().path("id");
    }

    /** A resident's own login: no organisation claim. */
    public static String residentToken(String account, String ward) {
        return io.smallrye.jwt.build.Jwt.preferredUserName(account).subject(account).groups(Set.of("resident"))
                .claim("wards", List.of(ward)).issuer(Tokens.ISSUER).audience(Tokens.ISSUER)
                .expiresIn(Duration.ofMinutes(10)).jws().keyId("1").sign("privateKey.jwk");
    }

    /** @param account the resident's own login, or null when they have none */
    public static String registerResident(String token, String ward, String name, String account) {
        String login = account == null ? "" : ", \"account\": \"" + account + "\"";
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"city\": \"Oss\"" + login + "}")
                .post("/api/wards/" + ward + "/residents").then().statusCode(201).extract().path("id");
    }

    /**
     * Holds an MDO at the resident's home today (resident present, consent given) and agrees a plan today with one
     * agreement for the professional: from now on the case has a plan date.
     */
    public static void agreePlanToday(String token, String ward, String caseId, String professional, String organisation) {
        String base = "/api/wards/" + ward + "/cases/" + caseId;
        String residentId = given().auth().oauth2(token).get(base).then().statusCode(200).extract().path("residentId");
        String mdo = given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"plannedAt": "%s", "participants": [
                  {"kind": "RESIDENT", "residentId": "%s"},
                  {"kind": "PROFESSIONAL", "professionalId": "%s", "organisation": "%s"}]}"""
                .formatted(java.time.OffsetDateTime.now().plusHours(1), residentId, professional, organisation))
                .post(base + "/mdos").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"residentPresent\": true, \"consentToShare\": true}")
                .post(base + "/mdos/" + mdo + "/held").then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"goals": ["Weer grip op de eigen situatie"], "solution": "Samen afgesproken aan de keukentafel.",
                 "agreements": [{"what": "Contact houden", "performer": "PROFESSIONAL", "professionalId": "%s",
                                 "organisation": "%s"}]}""".formatted(professional, organisation))
                .put(base + "/plan").then().statusCode(200);
    }

    /** Waits until an event of the type about the subject is on the topic, checks its contract and returns it. */
    public static JsonNode awaitEvent(String kafka, String type, String subject, java.util.function.Predicate<JsonNode> which) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> events = TopicProbe.readAll(kafka, Topics.CASES);
            found[0] = events.stream()
                    .filter(e -> e.path("type").asText().equals(type) && e.path("subject").asText().equals(subject))
                    .filter(which).findFirst().orElseThrow(() -> new AssertionError(type + " not on the topic yet"));
        });
        assertThat(EventSchemas.violations(found[0])).isEmpty();
        return found[0];
    }
}
