package nl.wijknetwerk.budget;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.event.Topics;
import nl.wijknetwerk.testing.TestEvents;
import nl.wijknetwerk.testing.Tokens;

/**
 * Wards as network-service announces them: onboarded, with the ten providers of the financial experiment of
 * Proeftuin Ruwaard and two organisations that only work along (the municipality and the GPs).
 */
public final class BudgetFixtures {

    public static final List<String> EXPERIMENT = List.of("brabantwonen", "brabantzorg", "pantein", "interzorg",
            "ggz-oost-brabant", "ggd", "ons-welzijn", "jij-advies-en-coaching", "sport-educatie-centrum", "unik");
    public static final List<String> WAY_OF_WORKING = List.of("gemeente-oss", "huisartsen-ruwaard");

    /** The Ruwaard budget of the seeds: about € 2M = half the Wmo budget for three services plus welfare. */
    public static final String RUWAARD_SOURCES = """
            [{"source": "WMO_AMBULATORY_SUPPORT", "amountCents": 65000000},
             {"source": "WMO_DAY_ACTIVITIES", "amountCents": 42000000},
             {"source": "WMO_HOUSEHOLD_HELP", "amountCents": 38000000},
             {"source": "WELFARE", "amountCents": 55000000}]""";

    private static final Set<String> KNOWN = new HashSet<>();

    private BudgetFixtures() {
    }

    /** Onboards the ward and its network once per test run, and waits until the budget knows them. */
    public static synchronized void ward(String slug) {
        if (!KNOWN.add(slug)) {
            return;
        }
        TestEvents.wardOnboarded(slug);
        for (String org : EXPERIMENT) {
            joined(slug, org, "FINANCIAL_EXPERIMENT");
        }
        for (String org : WAY_OF_WORKING) {
            joined(slug, org, "WAY_OF_WORKING");
        }
        int expected = EXPERIMENT.size() + WAY_OF_WORKING.size();
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> given().auth().oauth2(controller(slug))
                .get("/api/wards/" + slug + "/providers").then().statusCode(200).body("size()", equalTo(expected)));
    }

    private static void joined(String ward, String org, String participation) {
        TestEvents.publish(Topics.NETWORK, EventTypes.ORGANISATION_JOINED, ward, org, """
                {"organisationId": "%s", "name": "%s", "sector": "CARE", "participation": "%s", "since": "2016-01-01"}"""
                .formatted(org, org, participation));
    }

    public static String financier(String... wards) {
        return Tokens.token("femke", "gemeente-oss", Set.of("financier"), List.of(wards));
    }

    public static String controller(String... wards) {
        return Tokens.token("carla", "wijknetwerk", Set.of("controller"), List.of(wards));
    }

    public static String professional(String organisation, String ward) {
        return Tokens.professional("pro-" + organisation, organisation, ward);
    }

    /** Sets a year's funding sources as the financier; a reason is given since the year may have started. */
    public static ValidatableResponse budget(String ward, int year, long... amounts) {
        StringBuilder sources = new StringBuilder("[");
        String[] kinds = { "WMO_AMBULATORY_SUPPORT", "WELFARE", "ZVW" };
        for (int i = 0; i < amounts.length; i++) {
            sources.append(i == 0 ? "" : ",").append("{\"source\": \"").append(kinds[i]).append("\", \"amountCents\": ")
                    .append(amounts[i]).append('}');
        }
        sources.append(']');
        return given().auth().oauth2(financier(ward)).contentType(ContentType.JSON)
                .body("{\"sources\": " + sources + ", \"reason\": \"vastgesteld door de gemeente\"}")
                .put("/api/wards/" + ward + "/budgets/" + year + "/sources").then();
    }

    public static ValidatableResponse allocate(String ward, int year, String category, String providerId, long cents, Integer lumpSumPercent) {
        String body = "{\"category\": \"" + category + "\"" + (providerId == null ? "" : ", \"providerId\": \"" + providerId + "\"")
                + ", \"amountCents\": " + cents + (lumpSumPercent == null ? "" : ", \"lumpSumPercent\": " + lumpSumPercent) + "}";
        return given().auth().oauth2(controller(ward)).contentType(ContentType.JSON).body(body)
                .put("/api/wards/" + ward + "/budgets/" + year + "/allocations").then();
    }
}
