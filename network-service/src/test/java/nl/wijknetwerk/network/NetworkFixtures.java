package nl.wijknetwerk.network;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.wijknetwerk.testing.KafkaBroker;
import nl.wijknetwerk.testing.Tokens;
import nl.wijknetwerk.testing.TopicProbe;

/** Steps the tests of this module share: onboard a ward, let organisations and professionals join, read events. */
public final class NetworkFixtures {

    private NetworkFixtures() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static RequestSpecification coordinator() {
        return as(Tokens.coordinator());
    }

    public static String manager(String user, String organisation, String... wards) {
        return Tokens.token(user, organisation, Set.of("manager"), List.of(wards));
    }

    public static void onboard(String ward) {
        coordinator().body("{\"slug\": \"" + ward + "\", \"name\": \"" + ward + "\", \"municipality\": \"Oss\", \"startDate\": \"2024-01-01\"}")
                .post("/api/wards").then().statusCode(201);
    }

    public static void takePart(String ward, String organisation, String participation) {
        coordinator().body("{\"participation\": \"" + participation + "\", \"since\": \"2024-01-01\"}")
                .put("/api/wards/" + ward + "/organisations/" + organisation).then().statusCode(200);
    }

    public static void join(String ward, String accountId, String organisation) {
        coordinator().body("""
                {"accountId": "%s", "name": "%s", "organisationId": "%s", "discipline": "wijkcoach"}""".formatted(accountId, accountId, organisation))
                .post("/api/wards/" + ward + "/professionals").then().statusCode(201);
    }

    /** A ward with one organisation taking part and the given professionals of it. */
    public static void wardWithProfessionals(String ward, String organisation, String... accountIds) {
        onboard(ward);
        takePart(ward, organisation, "WAY_OF_WORKING");
        for (String accountId : accountIds) {
            join(ward, accountId, organisation);
        }
    }

    /** Waits until network.events holds an event of the type in the ward that matches, and returns it. */
    public static JsonNode awaitEvent(String type, String ward, Predicate<JsonNode> matches) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> found[0] = events(type, ward).stream().filter(matches).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " for " + ward + " on the topic yet")));
        return found[0];
    }

    public static List<JsonNode> events(String type, String ward) {
        return TopicProbe.readAll(KafkaBroker.bootstrapServers(), "network.events").stream()
                .filter(e -> e.path("type").asText().equals(type) && e.path("wardid").asText().equals(ward)).toList();
    }
}
