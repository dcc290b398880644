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
        // Five cases in each ward, the least a wellbeing figure is shown for.
        for (int i = 0; i < 5; i++) {
            Monitoring.wellbeing("ruwaard", UUID.randomUUID(), "T0", 4, "2021-03-0" + (1 + i));
            Monitoring.wellbeing("ussen", UUID.randomUUID(), "T0", 6, "2021-03-0" + (1 + i));
        }
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

    /** Two residents measured in Ussen: beside Ruwaard's five, Ussen's figure is held back, and its KPI page says why. */
    @Test
    void aWardWithFewerThanFiveMeasuredCasesIsComparedWithoutItsFigure() {
        Monitoring.wards("ruwaard", "ussen");
        for (int i = 0; i < 5; i++) {
            Monitoring.wellbeing("ruwaard", UUID.randomUUID(), "T1", 8, "2018-05-0" + (1 + i));
        }
        Monitoring.wellbeing("ussen", UUID.randomUUID(), "T1", 3, "2018-05-01");
        Monitoring.wellbeing("ussen", UUID.randomUUID(), "T1", 9, "2018-05-02");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(Monitoring.value("ruwaard", "2018", "wellbeing-t1")).isEqualByComparingTo("8.0");
            assertThat(String.valueOf((Object) Monitoring.kpis("ussen", "2018")
                    .get("goals.indicators.flatten().find { it.code == 'wellbeing-t1' }.details.withheldBelow"))).isEqualTo("5");
        });
        JsonPath ussen = Monitoring.kpis("ussen", "2018");
        assertThat(Monitoring.value(ussen, "wellbeing-t1")).isNull();
        assertThat((Object) ussen.get("goals.indicators.flatten().find { it.code == 'wellbeing-t1' }.basis")).isNull();
        String body = given().auth().oauth2(Tokens.coordinator()).queryParam("wards", "ruwaard,ussen").queryParam("period", "2018")
                .get("/api/kpis/compare").then().statusCode(200).extract().asString();
        JsonPath json = JsonPath.from(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertThat((java.math.BigDecimal) json.get("indicators.find { it.code == 'wellbeing-t1' }.values.ruwaard")).isEqualByComparingTo("8.0");
        assertThat((Object) json.get("indicators.find { it.code == 'wellbeing-t1' }.values.ussen")).isNull();
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
