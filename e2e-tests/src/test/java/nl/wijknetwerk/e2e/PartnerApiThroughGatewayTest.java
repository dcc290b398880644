package nl.wijknetwerk.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import nl.wijknetwerk.testing.AppProcess;
import nl.wijknetwerk.testing.PostgresDatabase;
import nl.wijknetwerk.testing.Tokens;
import nl.wijknetwerk.testing.WebhookReceiver;

/**
 * The partner API as a partner organisation's system meets it: through the gateway, with tokens shaped as Keycloak's
 * client-credentials tokens (the OIDC test server signs them with the claims the realm's partner clients carry:
 * role {@code partner-system}, {@code organisation}, {@code wards}, {@code client_id}). Each operation works for the
 * organisation's own case, agreement and budget line; another organisation's case or agreement, another ward and
 * the operations a partner system is not given are refused; a case shows nothing personal beyond the agreement;
 * everything the system did is in each service's access log as that organisation's system. Last, webhooks: a
 * delivery waiting for an unreachable receiver, and an event that arrives while network-service is down, both reach
 * the receiver, signed and once, after network-service was killed and started again.
 */
@Order(4)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PartnerApiThroughGatewayTest {

    static final String WARD = "partnerwijk";
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final Duration EVENTUAL = Duration.ofSeconds(90);
    static final int YEAR = LocalDate.now(ZONE).getYear();
    static final String BUDGET = "/api/wards/" + WARD + "/partner-budget/" + YEAR;
    static final String CASES = "/api/wards/" + WARD + "/partner-cases";

    static Platform platform;
    static final String bram = Tokens.professional("bram", "brabantwonen", WARD);
    static final String brabantwonen = Tokens.partnerSystem("brabantwonen", null, WARD);
    static final String pantein = Tokens.partnerSystem("pantein", null, WARD);
    static String residentId;
    static String caseId;
    static String housing;
    static String care;

    @BeforeAll
    static void aPlanWithAgreementsOfTwoOrganisationsAndABudget() {
        platform = Platform.shared();
        String coordinator = Tokens.coordinator();
        as(coordinator).body(Map.of("slug", WARD, "name", "Partnerwijk", "municipality", "Oss", "startDate", "2024-01-01"))
                .post("/api/wards").then().statusCode(201);
        for (String organisation : List.of("brabantwonen", "pantein")) {
            as(coordinator).body(Map.of("participation", "FINANCIAL_EXPERIMENT", "since", "2024-01-01"))
                    .put("/api/wards/" + WARD + "/organisations/" + organisation).then().statusCode(200);
        }
        // The budget of the year, with brabantwonen's line, once budget-service knows the ward and its providers.
        String controller = Tokens.token("carla", "gemeente-oss", java.util.Set.of("controller"), List.of(WARD));
        String financier = Tokens.token("frank", "gemeente-oss", java.util.Set.of("financier"), List.of(WARD));
        await().atMost(EVENTUAL).untilAsserted(() -> as(controller).get("/api/wards/" + WARD + "/providers").then().statusCode(200)
                .body("size()", equalTo(2)));
        as(financier).body(Map.of("sources", List.of(Map.of("source", "WMO_AMBULATORY_SUPPORT", "amountCents", 50_000_000)),
                "reason", "vastgesteld door de gemeente")).put("/api/wards/" + WARD + "/budgets/" + YEAR + "/sources").then()
                .statusCode(200);
        as(controller).body(Map.of("category", "PROVIDER", "providerId", "brabantwonen", "amountCents", 10_000_000,
                "lumpSumPercent", 40)).put("/api/wards/" + WARD + "/budgets/" + YEAR + "/allocations").then().statusCode(200);

        // A case at the kitchen table with both organisations, the resident consents, the plan gives each an agreement.
        await().atMost(EVENTUAL).untilAsserted(() -> residentId = as(bram)
                .body(Map.of("name", "Henk Verhoeven", "street", "Kruisstraat 8"))
                .post("/api/wards/" + WARD + "/residents").then().statusCode(201).extract().path("id"));
        caseId = openCase("Mijn huis is te groot en ik vereenzaam.");
        as(bram).body(Map.of("iWant", "Kleiner wonen bij mijn dochter.", "iCan", "Zelf verhuisdozen inpakken.",
                "iNeed", "Hulp bij het zoeken.")).put(path("/intake")).then().statusCode(200);
        String mdo = planMdo(caseId);
        as(bram).body(Map.of("heldOn", today().toString(), "residentPresent", true, "consentToShare", true))
                .post(path("/mdos/" + mdo + "/held")).then().statusCode(200);
        var plan = as(bram).body(Map.of("goals", List.of("Passend wonen"), "solution", "Een kleinere woning en dagbesteding.",
                "agreements", List.of(
                        Map.of("what", "Passende woning met voorrang toewijzen", "performer", "PROFESSIONAL", "professionalId", "bram",
                                "organisation", "brabantwonen", "dueOn", today().plusMonths(3).toString()),
                        Map.of("what", "Dagbesteding bij de wijkboerderij regelen", "performer", "PROFESSIONAL",
                                "professionalId", "petra", "organisation", "pantein"))))
                .put(path("/plan")).then().statusCode(200).extract().jsonPath();
        housing = plan.getString("agreements[0].id");
        care = plan.getString("agreements[1].id");
    }

    @Test
    @Order(1)
    void eachPartnerOperationWorksForTheOrganisationsOwnCaseAgreementAndBudgetLine() {
        as(brabantwonen).get(CASES).then().statusCode(200).body("caseId", contains(caseId));
        Map<String, Object> seen = as(brabantwonen).get(CASES + "/" + caseId).then().statusCode(200)
                .body("agreements.agreementId", contains(housing))
                .body("agreements[0].what", equalTo("Passende woning met voorrang toewijzen"))
                .extract().jsonPath().getMap("");
        // Nothing personal beyond the agreement: no resident, name, address, question, intake, nor pantein's part.
        assertThat(seen).containsOnlyKeys("caseId", "caseStatus", "planVersion", "agreements");
        assertThat(as(brabantwonen).get(CASES + "/" + caseId).then().extract().asString()).doesNotContain(residentId,
                "Henk", "Kruisstraat", "vereenzaam", "dochter", "wijkboerderij", "petra", "pantein");
        as(pantein).get(CASES + "/" + caseId).then().statusCode(200).body("agreements.agreementId", contains(care));

        as(brabantwonen).body(Map.of()).post(CASES + "/" + caseId + "/agreements/" + housing + "/done").then().statusCode(200)
                .body("status", equalTo("DONE"));
        as(pantein).body(Map.of("reason", "De bewoner gaat zelf naar de wijkboerderij"))
                .post(CASES + "/" + caseId + "/agreements/" + care + "/dropped").then().statusCode(200).body("status", equalTo("DROPPED"));

        Map<String, Object> declaration = Map.of("reference", "BW-E2E-0001", "amountCents", 125_000, "spentOn", today().toString(),
                "description", "Verhuisbegeleiding");
        String id = as(brabantwonen).body(declaration).post(BUDGET + "/declarations").then().statusCode(201)
                .body("status", equalTo("RECORDED")).extract().path("id");
        // Safe to retry by its own reference: the same declaration, nothing recorded twice.
        as(brabantwonen).body(declaration).post(BUDGET + "/declarations").then().statusCode(200).body("id", equalTo(id));
        as(brabantwonen).get(BUDGET + "/declarations/BW-E2E-0001").then().statusCode(200).body("id", equalTo(id));
        as(brabantwonen).get(BUDGET + "/declarations").then().statusCode(200).body("id", contains(id));
        as(brabantwonen).get(BUDGET).then().statusCode(200).body("organisationId", equalTo("brabantwonen"))
                .body("allocation.amountCents", equalTo(10_000_000)).body("allocation.lumpSumCents", equalTo(4_000_000))
                .body("spentCents", equalTo(125_000));
        as(brabantwonen).get("/api/organisations/brabantwonen/webhooks").then().statusCode(200);
    }

    @Test
    @Order(2)
    void anotherOrganisationsCaseOrAgreementAnotherWardAndOperationsNotGivenAreRefused() {
        // Another organisation's agreement or declaration: as if it did not exist.
        problem(as(pantein).body(Map.of()).post(CASES + "/" + caseId + "/agreements/" + housing + "/done").then(), 404);
        problem(as(pantein).get(BUDGET + "/declarations/BW-E2E-0001").then(), 404);
        problem(as(pantein).get("/api/organisations/brabantwonen/webhooks").then(), 404);
        String ggd = Tokens.partnerSystem("ggd", null, WARD);
        problem(as(ggd).get(CASES + "/" + caseId).then(), 404);
        as(ggd).get(CASES).then().statusCode(200).body("size()", equalTo(0));
        // Another ward than the token's: the gateway refuses it.
        problem(as(brabantwonen).get("/api/wards/ruwaard/partner-cases").then(), 403);
        problem(as(brabantwonen).get("/api/wards/ruwaard/partner-budget/" + YEAR).then(), 403);
        // Operations a partner system is not given.
        problem(as(brabantwonen).get(path("")).then(), 403);
        problem(as(brabantwonen).get(path("/intake")).then(), 403);
        problem(as(brabantwonen).get("/api/wards/" + WARD + "/residents/" + residentId).then(), 403);
        problem(as(brabantwonen).get("/api/wards/" + WARD + "/budgets/" + YEAR).then(), 403);
        problem(as(brabantwonen).get("/api/wards/" + WARD + "/budgets/" + YEAR + "/spending").then(), 403);
        problem(as(brabantwonen).body(Map.of("url", "https://crm.brabantwonen.example/hooks", "eventTypes", List.of("mdo.invited")))
                .post("/api/organisations/brabantwonen/webhooks").then(), 403);
        // A token asked for with only the reading scopes cannot act.
        String readOnly = Tokens.partnerSystem("brabantwonen", "partner-cases partner-budget", WARD);
        as(readOnly).get(BUDGET).then().statusCode(200);
        problem(as(readOnly).body(Map.of("reference", "BW-E2E-0002", "amountCents", 100, "spentOn", today().toString()))
                .post(BUDGET + "/declarations").then(), 403);
        as(brabantwonen).get(BUDGET + "/declarations").then().body("size()", equalTo(1));
    }

    @Test
    @Order(3)
    void everythingThePartnerSystemDidIsInTheAccessLogAsThatOrganisationsSystem() throws SQLException {
        assertThat(rows("case-service", "select actor || ' ' || organisation || ' ' || action || ' ' || outcome from access_log "
                + "where case_id = ?::uuid and actor_role = 'partner-system' order by at, id", caseId)).contains(
                "service-account-partner-brabantwonen brabantwonen partner.case.read GRANTED",
                "service-account-partner-brabantwonen brabantwonen partner.agreement.complete GRANTED",
                "service-account-partner-pantein pantein partner.agreement.complete DENIED");
        assertThat(rows("budget-service", "select actor || ' ' || client_id || ' ' || action || ' ' || outcome from partner_access_log "
                + "where organisation = ? order by at, id", "brabantwonen")).contains(
                "service-account-partner-brabantwonen partner-brabantwonen partner.declaration.submit GRANTED",
                "service-account-partner-brabantwonen partner-brabantwonen partner.declaration.read GRANTED",
                "service-account-partner-brabantwonen partner-brabantwonen partner.declaration.list GRANTED",
                "service-account-partner-brabantwonen partner-brabantwonen partner.budget.read GRANTED",
                "service-account-partner-brabantwonen partner-brabantwonen partner.declaration.submit DENIED");
        assertThat(rows("budget-service", "select action || ' ' || outcome from partner_access_log where organisation = ?", "pantein"))
                .containsExactly("partner.declaration.read DENIED");
        assertThat(rows("network-service", "select organisation || ' ' || action || ' ' || outcome from partner_access_log "
                + "where subject = ? order by at, id", "brabantwonen")).containsExactly("brabantwonen partner.webhooks.list GRANTED",
                "pantein partner.webhooks.list DENIED");
    }

    @Test
    @Order(4)
    void aRestartOfNetworkServiceLosesNoWebhookDelivery() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(-1)) {
            var endpoint = as(Tokens.coordinator()).body(Map.of("url", receiver.url(), "eventTypes", List.of("mdo.invited")))
                    .post("/api/organisations/pantein/webhooks").then().statusCode(201).extract().jsonPath();
            String webhooks = "/api/organisations/pantein/webhooks/" + endpoint.getString("endpoint.id");
            String secret = endpoint.getString("secret");

            // The receiver is down: the first invitation waits, retried, in network-service's database.
            String first = planMdo(openCase("Ik kom de trap niet meer op."));
            await().atMost(EVENTUAL).until(() -> receiver.requests.size() >= 2);
            as(pantein).get(webhooks + "/deliveries").then().statusCode(200).body("status", contains("PENDING"));

            AppProcess network = platform.apps.get("network-service");
            network.kill();
            // While network-service is away, another invitation is planned: its event waits in Kafka.
            String second = planMdo(openCase("Ik kan de post niet meer lezen."));
            receiver.answerFromNowOn();
            network.restart().awaitReady(Platform.STARTUP);

            await().atMost(EVENTUAL).untilAsserted(() -> assertThat(receiver.delivered()).extracting(r -> mdoOf(r.body()))
                    .containsExactlyInAnyOrder(first, second));
            await().atMost(EVENTUAL).untilAsserted(() -> as(pantein).get(webhooks + "/deliveries").then().statusCode(200)
                    .body("status", contains("DELIVERED", "DELIVERED")));
            for (WebhookReceiver.Request r : receiver.delivered()) {
                assertThat(verify(secret, r.id(), r.timestamp(), r.body(), r.signature())).isTrue();
            }
            // Each answered once with 2xx: nothing is sent again.
            int sent = receiver.requests.size();
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> receiver.requests.size() == sent);
            assertThat(receiver.delivered()).extracting(WebhookReceiver.Request::id).doesNotHaveDuplicates();
        }
    }

    private static String openCase(String question) {
        return as(bram).body(Map.of("kind", "INDIVIDUAL", "residentId", residentId, "question", question,
                "lifeDomains", List.of("HOUSING"), "startedBy", "PROFESSIONAL", "triageRoute", "INDIVIDUAL_AT_HOME"))
                .post("/api/wards/" + WARD + "/cases").then().statusCode(201).extract().path("id");
    }

    /** Plans an MDO at the resident's home today, with bram (brabantwonen) and petra (pantein) at the table. */
    private static String planMdo(String caseId) {
        String plannedAt = today().atTime(10, 0).atZone(ZONE).toOffsetDateTime().toString();
        return as(bram).body(Map.of("plannedAt", plannedAt, "participants", List.of(
                Map.of("kind", "RESIDENT", "residentId", residentId),
                Map.of("kind", "PROFESSIONAL", "professionalId", "bram", "organisation", "brabantwonen"),
                Map.of("kind", "PROFESSIONAL", "professionalId", "petra", "organisation", "pantein"))))
                .post("/api/wards/" + WARD + "/cases/" + caseId + "/mdos").then().statusCode(201).extract().path("id");
    }

    private static String mdoOf(String body) {
        return io.restassured.path.json.JsonPath.from(body).getString("data.mdoId");
    }

    /** The verification of docs/partners.md, as a partner writes it (JDK only). */
    static boolean verify(String secret, String id, String timestamp, String body, String signatureHeader) throws Exception {
        long ts = Long.parseLong(timestamp);
        if (Math.abs(System.currentTimeMillis() / 1000 - ts) > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = Base64.getEncoder().encode(mac.doFinal((id + "." + ts + "." + body).getBytes(StandardCharsets.UTF_8)));
        for (String candidate : signatureHeader.split(" ")) {
            if (candidate.startsWith("v1,") && MessageDigest.isEqual(expected, candidate.substring(3).getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> rows(String service, String sql, String parameter) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(platform.databases.get(service), PostgresDatabase.APP_USER,
                PostgresDatabase.APP_PASSWORD); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static LocalDate today() {
        return LocalDate.now(ZONE);
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
