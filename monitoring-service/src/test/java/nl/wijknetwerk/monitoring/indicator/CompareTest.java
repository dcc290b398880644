package nl.wijknetwerk.monitoring.indicator;

import static io.restassured.RestAssured.given;
import static nl.wijknetwerk.testing.Problems.assertFieldProblem;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import nl.wijknetwerk.monitoring.Monitoring;
import nl.wijknetwerk.testing.Tokens;

/** Wards side by side: a caller sees the wards in their token; directors and coordinators all of them. */
@QuarkusTest
class CompareTest {

    @Test
    void twoWardsSideBySideEachWithItsOwnFigures() {
        Monitoring.wards("ruwaard", "ussen");
        Monitoring.wellbeing("ruwaard", UUID.randomUUID(), "T0", 4, "2021-03-01");
        Monitoring.wellbeing("ussen", UUID.randomUUID(), "T0", 6, "2021-03-01");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(Monitoring.value("ruwaard", "2021", "wellbeing-t0")).isNotNull();
            assertThat(Monitoring.value("ussen", "2021", "wellbeing-t0")).isNotNull();
        });
        // A director of Ruwaard compares network-wide: Ussen is not in the token, still allowed.
        String director = Monitoring.token("dirk", "director", "ruwaard");
        String body = given().auth().oauth2(director).queryParam("wards", "ruwaard,ussen").queryParam("period", "2021")
                .get("/api/kpis/compare").then().statusCode(200)
                .body("wards", contains("ruwaard", "ussen")).body("period", equalTo("2021")).extract().asString();
        JsonPath json = JsonPath.from(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertThat((java.math.BigDecimal) json.get("indicators.find { it.code == 'wellbeing-t0' }.values.ruwaard")).isEqualByComparingTo("4.0");
        assertThat((java.math.BigDecimal) json.get("indicators.find { it.code == 'wellbeing-t0' }.values.ussen")).isEqualByComparingTo("6.0");
        assertThat(json.getList("indicators")).hasSizeGreaterThan(20);
    }

    @Test
    void othersCompareOnlyTheWardsInTheirToken() {
        Monitoring.wards("ruwaard", "ussen");
        String manager = Monitoring.token("marco", "manager", "ruwaard");
        assertProblem(given().auth().oauth2(manager).queryParam("wards", "ruwaard,ussen").get("/api/kpis/compare").then(), 403)
                .body("detail", org.hamcrest.Matchers.containsString("ussen"));
        given().auth().oauth2(Monitoring.token("marco", "manager", "ruwaard", "ussen")).queryParam("wards", "ruwaard,ussen")
                .get("/api/kpis/compare").then().statusCode(200);
        assertProblem(given().auth().oauth2(Tokens.coordinator()).queryParam("wards", "ruwaard,atlantis").get("/api/kpis/compare").then(), 404);
        assertFieldProblem(given().auth().oauth2(Tokens.coordinator()).get("/api/kpis/compare").then(), 400, "wards");
        assertFieldProblem(given().auth().oauth2(Tokens.coordinator()).queryParam("wards", "ruwaard").queryParam("period", "Q3")
                .get("/api/kpis/compare").then(), 400, "period");
        assertProblem(given().get("/api/kpis/compare?wards=ruwaard").then(), 401);
    }
}
