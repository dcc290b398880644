package nl.wijknetwerk.cases;

import static io.restassured.RestAssured.given;
import static nl.wijknetwerk.cases.Samenwerkwijze.as;
import static nl.wijknetwerk.cases.Samenwerkwijze.openCase;
import static nl.wijknetwerk.cases.Samenwerkwijze.path;
import static nl.wijknetwerk.cases.Samenwerkwijze.professional;
import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Health and metrics answer only on the management port, never on the API's port that the gateway routes to; and
 * the metrics carry no figure from which one resident's wellbeing score can be read.
 */
@QuarkusTest
class ManagementInterfaceTest {

    @Test
    void healthAndMetricsAreOnlyOnTheManagementPort() {
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(404);
        given().get(management() + "/health/ready").then().statusCode(200);
    }

    @Test
    void metricsCountMeasurementsButShowNoScore() {
        Samenwerkwijze.wardsOnboarded();
        String bram = professional("bram", "brabantwonen");
        String residentId = Samenwerkwijze.registerResident(bram, Samenwerkwijze.map("name", "Bewoner Moestuin"));
        String caseId = openCase(bram, residentId, "Ik wil meedoen met de moestuin.", "COLLECTIVE_DIRECT", "SOCIAL_NETWORK");
        as(bram).body("{\"moment\": \"T0\", \"score\": 2}").post(path(caseId, "/wellbeing")).then().statusCode(201);

        String metrics = given().get(management() + "/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("wijknetwerk_wellbeing_measured_total{").doesNotContain("wijknetwerk_wellbeing_score");
        assertThat(metrics.lines().filter(l -> l.startsWith("wijknetwerk_wellbeing"))).noneMatch(l -> l.contains("_max")
                || l.contains("_sum") || l.contains("_min"));
    }

    /** The management interface's root in this test run (its port is chosen freely, like the API's). */
    private static String management() {
        return ConfigProvider.getConfig().getValue("test.management.url", String.class);
    }
}
