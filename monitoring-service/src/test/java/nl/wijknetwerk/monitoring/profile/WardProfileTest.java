package nl.wijknetwerk.monitoring.profile;

import static io.restassured.RestAssured.given;
import static nl.wijknetwerk.testing.Problems.assertFieldProblem;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.wijknetwerk.monitoring.Monitoring;

/** The ward profile: Ruwaard's seed figures as demo data, CSV imports all or nothing. */
@QuarkusTest
class WardProfileTest {

    @Test
    void ruwaardComesWithItsSeedFiguresBesideTheMunicipality() {
        Monitoring.wards("ruwaard");
        given().auth().oauth2(Monitoring.token("anna", "professional", "ruwaard")).get("/api/wards/ruwaard/profile").then().statusCode(200)
                .body("figures.find { it.code == 'inhabitants' }.ward", hasToString("13238"))
                .body("figures.find { it.code == 'inhabitants' }.municipality", nullValue())
                .body("figures.find { it.code == 'age-75-plus' }.ward", hasToString("10.9"))
                .body("figures.find { it.code == 'age-75-plus' }.municipality", hasToString("8.5"))
                .body("figures.find { it.code == 'age-75-plus' }.difference", hasToString("2.4"))
                .body("figures.find { it.code == 'low-income' }.ward", hasToString("42"))
                .body("figures.find { it.code == 'overweight-adults' }.municipality", hasToString("49"))
                .body("figures.find { it.code == 'ses-score' }.ward", hasToString("1.29"))
                .body("figures.find { it.code == 'ses-score' }.municipality", hasToString("0.22"));
    }

    @Test
    void aProfileIsReplacedByACsvAndABadOneChangesNothing() {
        Monitoring.wards("ussen");
        String manager = Monitoring.token("marco", "manager", "ussen");
        given().auth().oauth2(manager).contentType("text/csv").body("""
                figure;label;unit;ward;municipality;year
                inhabitants;Inhabitants;COUNT;9.870;;2024
                low-income;Families with a low income;PERCENT;35,5;38;2024
                """).put("/api/wards/ussen/profile").then().statusCode(200).body("figures", equalTo(2));
        given().auth().oauth2(manager).get("/api/wards/ussen/profile").then().statusCode(200)
                .body("figures", hasSize(2))
                .body("figures[0].ward", hasToString("9870"))
                .body("figures[1].ward", hasToString("35.5"))
                .body("figures[1].difference", hasToString("-2.5"));

        assertFieldProblem(given().auth().oauth2(manager).contentType("text/csv").body("""
                figure,label,unit,ward,municipality,year
                inhabitants,Inhabitants,COUNT,10000,,2025
                overweight-adults,Overweight,PERCENT,lots,49,2025
                """).put("/api/wards/ussen/profile").then(), 400, "line 3, column ward");
        assertFieldProblem(given().auth().oauth2(manager).contentType("text/csv").body("figure,label,unit,ward\nx,X,COUNT,1\n")
                .put("/api/wards/ussen/profile").then(), 400, "line 1, column year");
        given().auth().oauth2(manager).get("/api/wards/ussen/profile").then().statusCode(200)
                .body("figures", hasSize(2)).body("figures[0].ward", hasToString("9870"));

        assertProblem(given().auth().oauth2(Monitoring.token("piet", "professional", "ussen")).contentType("text/csv")
                .body("figure,label,unit,ward,municipality,year\nx,X,COUNT,1,,2025\n").put("/api/wards/ussen/profile").then(), 403);
        assertProblem(given().auth().oauth2(Monitoring.token("anna", "professional", "ruwaard")).get("/api/wards/ussen/profile").then(), 403);
    }
}
