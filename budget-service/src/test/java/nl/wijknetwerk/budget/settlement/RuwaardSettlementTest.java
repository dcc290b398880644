package nl.wijknetwerk.budget.settlement;

import static io.restassured.RestAssured.given;
import static nl.wijknetwerk.budget.BudgetFixtures.RUWAARD_SOURCES;
import static nl.wijknetwerk.budget.BudgetFixtures.allocate;
import static nl.wijknetwerk.budget.BudgetFixtures.controller;
import static nl.wijknetwerk.budget.BudgetFixtures.financier;
import static nl.wijknetwerk.testing.Problems.assertFieldProblem;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.wijknetwerk.budget.BudgetFixtures;
import nl.wijknetwerk.shared.event.EventSchemas;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.event.Topics;
import nl.wijknetwerk.testing.TopicProbe;

/**
 * A year of Proeftuin Ruwaard with the figures of the sources: a fixed € 2M budget (2018–2022) from half the Wmo
 * budget for ambulatory support, day activities and household help plus welfare; ten providers in the financial
 * experiment at 50% lump sum; Ons Huis van de Wijk at € 28,000. € 1,876,543.21 is spent, and the € 123,456.79 left
 * is settled to the cent.
 */
@QuarkusTest
class RuwaardSettlementTest {

    static final String WARD = "ruwaard";
    static final String Y2018 = "/api/wards/ruwaard/budgets/2018";

    /** Allocation of 2018 per provider (cents); each at 50% lump sum. */
    static final Map<String, Long> PROVIDERS = new LinkedHashMap<>();
    /** What each provider spent in 2018 (cents). */
    static final Map<String, Long> PROVIDER_SPENT = new LinkedHashMap<>();
    /** Each provider's part of the providers' third, worked out by hand: 4,115,226 cents × lump sum ÷ 71,500,000,
     * the five cents left over going to the largest fractions (ons-welzijn, unik, pantein, brabantwonen, interzorg). */
    static final Map<String, Long> EXPECTED_SHARES = new LinkedHashMap<>();

    static {
        put("brabantwonen", 6_000_000L, 5_800_000L, 172_667L);
        put("brabantzorg", 24_000_000L, 23_125_050L, 690_667L);
        put("pantein", 26_000_000L, 25_500_000L, 748_223L);
        put("interzorg", 18_000_000L, 17_148_025L, 518_001L);
        put("ggz-oost-brabant", 15_000_000L, 14_900_000L, 431_667L);
        put("ggd", 4_000_000L, 3_850_000L, 115_111L);
        put("ons-welzijn", 31_000_000L, 30_191_246L, 892_112L);
        put("jij-advies-en-coaching", 9_000_000L, 8_600_000L, 259_000L);
        put("sport-educatie-centrum", 4_500_000L, 4_400_000L, 129_500L);
        put("unik", 5_500_000L, 5_240_000L, 158_278L);
    }

    private static void put(String provider, long allocated, long spent, long share) {
        PROVIDERS.put(provider, allocated);
        PROVIDER_SPENT.put(provider, spent);
        EXPECTED_SHARES.put(provider, share);
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @BeforeEach
    void ward() {
        BudgetFixtures.ward(WARD);
    }

    @Test
    void aRuwaardYearSettlesToTheCentAndIsFinal() {
        given().auth().oauth2(financier(WARD)).contentType(ContentType.JSON)
                .body("{\"firstYear\": 2018, \"lastYear\": 2022, \"description\": \"Gebiedsgericht financieren Wmo en welzijn\","
                        + " \"sources\": " + RUWAARD_SOURCES + "}")
                .post("/api/wards/ruwaard/budgets/agreements").then().statusCode(201);

        PROVIDERS.forEach((provider, cents) -> allocate(WARD, 2018, "PROVIDER", provider, cents, 50).statusCode(200));
        allocate(WARD, 2018, "COLLECTIVE_PROVISION", null, 2_800_000L, null).statusCode(200);
        allocate(WARD, 2018, "RESIDENT_INITIATIVE", null, 4_200_000L, null).statusCode(200);
        allocate(WARD, 2018, "VOORLIGGEND", null, 18_000_000L, null).statusCode(200);
        allocate(WARD, 2018, "MAATWERK", null, 22_000_000L, null).statusCode(200);
        allocate(WARD, 2018, "RESERVE", null, 10_000_000L, null).statusCode(200).body("unallocatedCents", equalTo(0));

        StringBuilder csv = new StringBuilder("externalReference,spentOn,category,providerId,amountCents,description\n");
        PROVIDER_SPENT.forEach((provider, cents) -> csv.append("%s-2018,2018-12-31,PROVIDER,%s,%d,jaartotaal 2018\n"
                .formatted(provider.toUpperCase(), provider, cents)));
        csv.append("HVW-2018,2018-12-31,COLLECTIVE_PROVISION,,2800000,Ons Huis van de Wijk\n");
        csv.append("BI-2018,2018-12-31,RESIDENT_INITIATIVE,,3900000,bewonersinitiatieven\n");
        csv.append("VL-2018,2018-12-31,VOORLIGGEND,,17200000,voorliggende voorzieningen\n");
        csv.append("MW-2018,2018-12-31,MAATWERK,,20500000,maatwerk\n");
        csv.append("RES-2018,2018-12-31,RESERVE,,4500000,reserve\n");
        given().auth().oauth2(controller(WARD)).contentType("text/csv").body(csv.toString())
                .post(Y2018 + "/spending/import").then().statusCode(200).body("recorded", equalTo(15)).body("pendingApproval", equalTo(0));

        given().auth().oauth2(controller(WARD)).get(Y2018).then().statusCode(200)
                .body("budgetCents", equalTo(200_000_000)).body("spentCents", equalTo(187_654_321))
                .body("remainingCents", equalTo(12_345_679)).body("projectedSpentCents", equalTo(187_654_321))
                .body("providers.find { it.providerId == 'ons-welzijn' }.lumpSumCents", equalTo(15_500_000))
                .body("providers.find { it.providerId == 'ons-welzijn' }.utilisationPercent", equalTo(97.4f));

        // A preview writes nothing.
        JsonPath preview = given().auth().oauth2(controller(WARD)).contentType(ContentType.JSON).body("{\"confirm\": false}")
                .post(Y2018 + "/settlement").then().statusCode(200).body("status", equalTo("PREVIEW")).extract().jsonPath();
        assertProblem(given().auth().oauth2(controller(WARD)).get(Y2018 + "/settlement").then(), 404);

        JsonPath settled = given().auth().oauth2(controller(WARD)).contentType(ContentType.JSON).body("{\"confirm\": true}")
                .post(Y2018 + "/settlement").then().statusCode(201).body("status", equalTo("CONFIRMED")).extract().jsonPath();
        for (JsonPath result : List.of(preview, settled)) {
            assertThat(result.getLong("surplusCents")).isEqualTo(12_345_679L);
            assertThat(result.getLong("residentsCents")).isEqualTo(4_115_227L);
            assertThat(result.getLong("municipalityCents")).isEqualTo(4_115_226L);
            assertThat(result.getLong("providersCents")).isEqualTo(4_115_226L);
            Map<String, Long> shares = new LinkedHashMap<>();
            result.getList("providers", Map.class).forEach(p -> shares.put((String) p.get("providerId"), ((Number) p.get("shareCents")).longValue()));
            assertThat(shares).containsExactlyInAnyOrderEntriesOf(EXPECTED_SHARES);
            assertThat(shares.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(4_115_226L);
        }
        given().auth().oauth2(controller(WARD)).get(Y2018 + "/settlement").then().statusCode(200)
                .body("residentsCents", equalTo(4_115_227)).body("providers.size()", equalTo(10));

        // The residents' third goes to next year's resident initiatives.
        given().auth().oauth2(controller(WARD)).get("/api/wards/ruwaard/budgets/2019").then().statusCode(200)
                .body("budgetCents", equalTo(204_115_227))
                .body("categories.find { it.category == 'RESIDENT_INITIATIVE' }.allocatedCents", equalTo(4_115_227))
                .body("sources.find { it.source == 'SURPLUS_CARRY_OVER' }.amountCents", equalTo(4_115_227));

        // Final: a settled year takes no more spending, allocations or settlements.
        assertFieldProblem(given().auth().oauth2(controller(WARD)).contentType(ContentType.JSON).body("""
                {"category": "RESERVE", "amountCents": 100, "spentOn": "2018-12-31", "externalReference": "LATE-2018"}""")
                .post(Y2018 + "/spending").then(), 409, "year");
        assertFieldProblem(allocate(WARD, 2018, "RESERVE", null, 1L, null), 409, "year");
        assertFieldProblem(given().auth().oauth2(controller(WARD)).contentType(ContentType.JSON).body("{\"confirm\": true}")
                .post(Y2018 + "/settlement").then(), 409, "year");
        given().auth().oauth2(controller(WARD)).get(Y2018).then().body("spentCents", equalTo(187_654_321)).body("settled", equalTo(true));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> settledEvents = TopicProbe.readAll(kafka, Topics.BUDGET).stream()
                    .filter(e -> e.path("type").asText().equals(EventTypes.YEAR_SETTLED) && e.path("wardid").asText().equals(WARD))
                    .toList();
            assertThat(settledEvents).hasSize(1);
            JsonNode data = settledEvents.get(0).path("data");
            assertThat(EventSchemas.violations(settledEvents.get(0))).isEmpty();
            assertThat(data.path("surplusCents").asLong()).isEqualTo(12_345_679L);
            assertThat(data.path("residentsCents").asLong() + data.path("municipalityCents").asLong()
                    + data.path("providersCents").asLong()).isEqualTo(12_345_679L);
        });
    }

    @Test
    void aShortfallIsBorneByTheProvidersProRataAndNothingIsCarriedOver() {
        String ward = "tekortwijk";
        BudgetFixtures.ward(ward);
        BudgetFixtures.budget(ward, 2020, 1_000_000L).statusCode(200);
        allocate(ward, 2020, "PROVIDER", "pantein", 600_000L, 50).statusCode(200);
        allocate(ward, 2020, "PROVIDER", "ons-welzijn", 400_000L, 50).statusCode(200);
        String csv = """
                externalReference,spentOn,category,providerId,amountCents
                P-2020,2020-12-31,PROVIDER,pantein,600000
                O-2020,2020-12-31,PROVIDER,ons-welzijn,400000
                O-2020-EXTRA,2020-12-31,PROVIDER,ons-welzijn,100001
                """;
        String path = "/api/wards/" + ward + "/budgets/2020";
        given().auth().oauth2(controller(ward)).contentType("text/csv").body(csv).post(path + "/spending/import").then()
                .statusCode(200).body("recorded", equalTo(2)).body("pendingApproval", equalTo(1));
        // spending waiting for a decision blocks the settlement
        assertProblem(given().auth().oauth2(controller(ward)).contentType(ContentType.JSON).body("{\"confirm\": true}")
                .post(path + "/settlement").then(), 409);
        String pending = given().auth().oauth2(controller(ward)).get(path + "/spending").then().extract()
                .path("find { it.status == 'PENDING_APPROVAL' }.id");
        given().auth().oauth2(controller(ward)).post(path + "/spending/" + pending + "/approval").then().statusCode(200);

        // 100,001 cents short, borne 3:2 by the lump sums 300,000 and 200,000: 60,000.6 and 40,000.4 → the cent to pantein
        given().auth().oauth2(controller(ward)).contentType(ContentType.JSON).body("{\"confirm\": true}")
                .post(path + "/settlement").then().statusCode(201)
                .body("shortfall", equalTo(true)).body("surplusCents", equalTo(-100_001))
                .body("residentsCents", equalTo(0)).body("municipalityCents", equalTo(0)).body("providersCents", equalTo(-100_001))
                .body("providers.find { it.providerId == 'pantein' }.shareCents", equalTo(-60_001))
                .body("providers.find { it.providerId == 'ons-welzijn' }.shareCents", equalTo(-40_000));
        assertProblem(given().auth().oauth2(controller(ward)).get("/api/wards/" + ward + "/budgets/2021").then(), 404);
    }

    @Test
    void aYearThatIsNotOverCannotBeSettled() {
        BudgetFixtures.budget(WARD, 2045, 1_000_000L).statusCode(200);
        allocate(WARD, 2045, "PROVIDER", "pantein", 500_000L, 50).statusCode(200);
        assertFieldProblem(given().auth().oauth2(controller(WARD)).contentType(ContentType.JSON).body("{\"confirm\": true}")
                .post("/api/wards/ruwaard/budgets/2045/settlement").then(), 422, "year");
        given().auth().oauth2(controller(WARD)).get("/api/wards/ruwaard/budgets/2045").then().body("settled", equalTo(false));
    }
}
