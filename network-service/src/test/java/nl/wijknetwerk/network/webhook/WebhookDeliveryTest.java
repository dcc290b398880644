package nl.wijknetwerk.network.webhook;

import static nl.wijknetwerk.network.NetworkFixtures.as;
import static nl.wijknetwerk.network.NetworkFixtures.coordinator;
import static nl.wijknetwerk.testing.Problems.assertFieldProblem;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.event.Topics;
import nl.wijknetwerk.shared.partner.PartnerAccessEntry;
import nl.wijknetwerk.testing.TestEvents;
import nl.wijknetwerk.testing.WebhookReceiver;
import nl.wijknetwerk.testing.Tokens;

/**
 * Events that concern a partner organisation reach its own system as signed Standard Webhooks, over real HTTP to a
 * receiver in the test: retried with backoff until it answers, once, never to a disabled endpoint, replayable.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private final ObjectMapper json = new ObjectMapper();

    private static JsonPath register(String organisation, String url, String... types) {
        return coordinator().body(Map.of("url", url, "eventTypes", List.of(types)))
                .post("/api/organisations/" + organisation + "/webhooks").then().log().ifValidationFails().statusCode(201)
                .extract().jsonPath();
    }

    private static String base(String organisation, String endpoint) {
        return "/api/organisations/" + organisation + "/webhooks/" + endpoint;
    }

    private static UUID mdoPlanned(String ward, String... organisations) {
        UUID caseId = UUID.randomUUID();
        TestEvents.publish(Topics.CASES, EventTypes.MDO_PLANNED, ward, caseId.toString(), """
                {"caseId": "%s", "mdoId": "%s", "plannedAt": "2026-12-03T09:00:00Z", "atHome": true, "organiserId": "anna",
                 "organisations": %s}""".formatted(caseId, UUID.randomUUID(), new ObjectMapper().valueToTree(List.of(organisations))));
        return caseId;
    }

    private static List<Map<String, Object>> deliveries(String organisation, String endpoint) {
        return coordinator().get(base(organisation, endpoint) + "/deliveries").then().statusCode(200).extract().jsonPath().getList("");
    }

    @Test
    void aReceiverThatFailsThreeTimesGetsTheSignedEventOnTheFourthTryAndNeverTwice() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(3)) {
            JsonPath endpoint = register("pantein", receiver.url(), "mdo.invited", "plan.agreed");
            String id = endpoint.getString("endpoint.id");
            String secret = endpoint.getString("secret");
            assertThat(secret).startsWith("whsec_");

            UUID caseId = mdoPlanned("ruwaard", "pantein", "brabantwonen");
            await().atMost(PATIENCE).until(() -> receiver.requests.size() >= 4);
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(deliveries("pantein", id)).singleElement()
                    .satisfies(d -> assertThat(d).containsEntry("status", "DELIVERED").containsEntry("attempts", 4)));

            // Every try is the same message (one webhook-id), correctly signed; the payload is pantein's part only.
            assertThat(receiver.requests).extracting(WebhookReceiver.Request::id).containsOnly(receiver.requests.get(0).id());
            WebhookReceiver.Request last = receiver.requests.get(3);
            assertThat(WebhookSignature.verify(secret, last.id(), Long.parseLong(last.timestamp()), last.body(), last.signature())).isTrue();
            assertThat(WebhookSignature.verify(WebhookSignature.newSecret(), last.id(), Long.parseLong(last.timestamp()), last.body(),
                    last.signature())).isFalse();
            JsonNode body = json.readTree(last.body());
            assertThat(body.path("type").asText()).isEqualTo("mdo.invited");
            assertThat(body.at("/data/caseId").asText()).isEqualTo(caseId.toString());
            assertThat(body.at("/data/ward").asText()).isEqualTo("ruwaard");
            assertThat(last.body()).doesNotContain("brabantwonen", "anna");

            // The delivery log has the four attempts; the gaps between them grow (exponential backoff).
            List<Map<String, Object>> log = coordinator().get(base("pantein", id) + "/deliveries").then().extract().jsonPath()
                    .getList("[0].log");
            assertThat(log).extracting(a -> a.get("statusCode")).containsExactly(500, 500, 500, 204);

            // Answered 2xx: later dispatcher rounds send nothing more.
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> receiver.requests.size() == 4);

            // Replay sends it once more, as it was.
            String delivery = (String) deliveries("pantein", id).get(0).get("id");
            coordinator().post(base("pantein", id) + "/deliveries/" + delivery + "/replay").then().statusCode(200)
                    .body("status", equalTo("PENDING"));
            await().atMost(PATIENCE).until(() -> receiver.requests.size() == 5);
            assertThat(receiver.requests.get(4).id()).isEqualTo(last.id());
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(deliveries("pantein", id).get(0)).containsEntry("status", "DELIVERED"));
        }
    }

    @Test
    void aDisabledEndpointGetsNothingAndANewPlanTellsEachOrganisationOnlyItsOwnAgreements() throws Exception {
        try (WebhookReceiver active = new WebhookReceiver(0); WebhookReceiver disabled = new WebhookReceiver(0)) {
            register("ggd", active.url(), "plan.agreed");
            String off = register("ggd", disabled.url(), "plan.agreed").getString("endpoint.id");
            coordinator().post(base("ggd", off) + "/disable").then().statusCode(200).body("status", equalTo("DISABLED"));

            UUID caseId = UUID.randomUUID();
            UUID own = UUID.randomUUID();
            TestEvents.publish(Topics.CASES, EventTypes.PLAN_AGREED, "ruwaard", caseId.toString(), """
                    {"caseId": "%s", "planVersion": 2, "agreedOn": "2026-12-01", "agreements": [
                      {"agreementId": "%s", "performer": "PROFESSIONAL", "organisationId": "ggd", "professionalId": "gerda", "dueOn": "2027-01-15"},
                      {"agreementId": "%s", "performer": "PROFESSIONAL", "organisationId": "interzorg", "professionalId": "ivo"},
                      {"agreementId": "%s", "performer": "RESIDENT"}]}""".formatted(caseId, own, UUID.randomUUID(), UUID.randomUUID()));

            await().atMost(PATIENCE).until(() -> active.requests.size() == 1);
            JsonNode body = json.readTree(active.requests.get(0).body());
            assertThat(body.path("type").asText()).isEqualTo("plan.agreed");
            assertThat(body.at("/data/agreements")).hasSize(1);
            assertThat(body.at("/data/agreements/0/agreementId").asText()).isEqualTo(own.toString());
            assertThat(body.at("/data/agreements/0/dueOn").asText()).isEqualTo("2027-01-15");
            assertThat(active.requests.get(0).body()).doesNotContain("interzorg", "ivo", "RESIDENT");
            // The disabled endpoint got nothing and has nothing waiting.
            assertThat(disabled.requests).isEmpty();
            assertThat(deliveries("ggd", off)).isEmpty();
        }
    }

    @Test
    void anEndpointThatKeepsFailingIsDisabled() {
        try (WebhookReceiver broken = new WebhookReceiver(-1)) {
            String id = register("unik", broken.url(), "mdo.invited").getString("endpoint.id");
            mdoPlanned("ruwaard", "unik");
            await().atMost(PATIENCE).untilAsserted(() -> coordinator().get(base("unik", id)).then().statusCode(200)
                    .body("status", equalTo("DISABLED")));
            assertThat(deliveries("unik", id)).singleElement().satisfies(d -> assertThat(d).containsEntry("status", "FAILED"));
            int tries = broken.requests.size();
            assertThat(tries).isEqualTo(6);
            // Disabled: a new event creates nothing for it, and a replay is refused until it is enabled again.
            mdoPlanned("ruwaard", "unik");
            String delivery = (String) deliveries("unik", id).get(0).get("id");
            assertProblem(coordinator().post(base("unik", id) + "/deliveries/" + delivery + "/replay").then(), 409);
            assertThat(broken.requests).hasSize(tries);
        }
    }

    @Test
    void afterARotationBothSecretsSignForAWhile() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(0)) {
            JsonPath endpoint = register("brabantzorg", receiver.url(), "agreement.completed");
            String id = endpoint.getString("endpoint.id");
            String oldSecret = endpoint.getString("secret");
            String newSecret = coordinator().post(base("brabantzorg", id) + "/secret-rotation").then().statusCode(200)
                    .extract().path("secret");
            assertThat(newSecret).startsWith("whsec_").isNotEqualTo(oldSecret);

            UUID caseId = UUID.randomUUID();
            TestEvents.publish(Topics.CASES, EventTypes.AGREEMENT_COMPLETED, "ruwaard", caseId.toString(), """
                    {"caseId": "%s", "agreementId": "%s", "completedOn": "2026-12-01", "onTime": true, "organisationId": "brabantzorg"}"""
                    .formatted(caseId, UUID.randomUUID()));
            await().atMost(PATIENCE).until(() -> receiver.requests.size() == 1);
            WebhookReceiver.Request r = receiver.requests.get(0);
            long ts = Long.parseLong(r.timestamp());
            assertThat(r.signature().split(" ")).hasSize(2);
            assertThat(WebhookSignature.verify(newSecret, r.id(), ts, r.body(), r.signature())).isTrue();
            assertThat(WebhookSignature.verify(oldSecret, r.id(), ts, r.body(), r.signature())).isTrue();
            assertThat(json.readTree(r.body()).at("/data/onTime").asBoolean()).isTrue();
        }
    }

    @Test
    void onlyTheCoordinatorRegistersAndAPartnerSystemReadsOnlyItsOwnLog() {
        assertFieldProblem(coordinator().body(Map.of("url", "http://ecd.example.org/hooks", "eventTypes", List.of("mdo.invited")))
                .post("/api/organisations/interzorg/webhooks").then(), 400, "url");
        assertFieldProblem(coordinator().body(Map.of("url", "https://ecd.example.org/hooks", "eventTypes", List.of("case.opened")))
                .post("/api/organisations/interzorg/webhooks").then(), 400, "eventTypes[0]");
        String id = register("interzorg", "https://ecd.interzorg.example/hooks", "mdo.invited").getString("endpoint.id");
        String interzorg = Tokens.partnerSystem("interzorg", null, "ruwaard");
        assertProblem(as(interzorg).body(Map.of("url", "https://x.example/h", "eventTypes", List.of("mdo.invited")))
                .post("/api/organisations/interzorg/webhooks").then(), 403);
        as(interzorg).get(base("interzorg", id) + "/deliveries").then().statusCode(200);
        as(interzorg).get("/api/organisations/interzorg/webhooks").then().statusCode(200).body("id", org.hamcrest.Matchers.contains(id))
                .body("[0].secret", org.hamcrest.Matchers.nullValue());
        assertProblem(as(Tokens.partnerSystem("pantein", null, "ruwaard")).get(base("interzorg", id) + "/deliveries").then(), 404);
        assertProblem(as(interzorg).post(base("interzorg", id) + "/disable").then(), 403);

        // Each read of a partner system is in the access log as that organisation's system, the refused one too.
        List<PartnerAccessEntry> log = QuarkusTransaction.requiringNew().call(() -> PartnerAccessEntry.<PartnerAccessEntry> list(
                "subject in ?1 order by at", List.of("interzorg", "interzorg/" + id)));
        assertThat(log).extracting(e -> e.organisation + " " + e.action + " " + e.outcome).containsExactly(
                "interzorg partner.webhook.deliveries.read GRANTED", "interzorg partner.webhooks.list GRANTED",
                "pantein partner.webhook.deliveries.read DENIED");
        assertThat(log.get(0)).satisfies(e -> {
            assertThat(e.actor).isEqualTo("service-account-partner-interzorg");
            assertThat(e.clientId).isEqualTo("partner-interzorg");
            assertThat(e.actorRole).isEqualTo("partner-system");
        });
    }
}
