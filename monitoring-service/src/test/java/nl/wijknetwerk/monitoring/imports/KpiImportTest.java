package nl.wijknetwerk.monitoring.imports;

import static io.restassured.RestAssured.given;
import static nl.wijknetwerk.testing.Problems.assertFieldProblem;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.wijknetwerk.monitoring.Monitoring;
import nl.wijknetwerk.testing.Tokens;

/** Figures no service produces come in by CSV; a bad upload names line and column and imports nothing. */
@QuarkusTest
class KpiImportTest {

    static final String WARD = "ussen";

    String manager;

    @BeforeEach
    void wards() {
        Monitoring.wards("ruwaard", WARD);
        manager = Monitoring.token("marco", "manager", WARD);
    }

    @Test
    void importedFiguresShowUnderTheirGoalAndAddUpOverTheYear() {
        given().auth().oauth2(manager).contentType("text/csv").body("""
                period,indicator,value
                2023-Q1,crises,4
                2023-Q2,crises,6
                2023-Q1,pgb-count,41
                2023-Q2,pgb-count,39
                """).post("/api/wards/" + WARD + "/kpis/imports").then().statusCode(200).body("values", equalTo(4));

        assertThat(Monitoring.value(WARD, "2023", "crises")).isEqualByComparingTo("10");
        assertThat(Monitoring.value(WARD, "2023", "pgb-count")).isEqualByComparingTo("39");
        assertThat(Monitoring.value(WARD, "2023-Q1", "crises")).isEqualByComparingTo("4");
        // Imported for Ussen: Ruwaard has none.
        assertThat(Monitoring.value("ruwaard", "2023", "crises")).isNull();

        // Imported again, the figure of the period is replaced, not added.
        given().auth().oauth2(manager).contentType("text/csv").body("period,indicator,value\n2023-Q2,crises,2\n")
                .post("/api/wards/" + WARD + "/kpis/imports").then().statusCode(200);
        assertThat(Monitoring.value(WARD, "2023", "crises")).isEqualByComparingTo("6");
    }

    @Test
    void aMissingColumnIsNamedAndNothingIsImported() {
        assertFieldProblem(given().auth().oauth2(manager).contentType("text/csv").body("period,indicator\n2022-Q1,crises\n")
                .post("/api/wards/" + WARD + "/kpis/imports").then(), 400, "line 1, column value")
                .body("detail", containsString("Nothing was imported"));
        assertThat(Monitoring.value(WARD, "2022", "crises")).isNull();
    }

    @Test
    void aNonNumberOrUnknownPeriodNamesLineAndColumnAndTheGoodLinesAreNotImportedEither() {
        assertFieldProblem(given().auth().oauth2(manager).contentType("text/csv").body("""
                period,indicator,value
                2022-Q1,gp-visits,120
                2022-Q2,gp-visits,a lot
                2022-Q5,gp-visits,3
                2022-Q3,waiting-lists,3
                """).post("/api/wards/" + WARD + "/kpis/imports").then(), 400, "line 3, column value")
                .body("errors.field", org.hamcrest.Matchers.contains("line 3, column value", "line 4, column period", "line 5, column indicator"))
                .body("errors[0].message", equalTo("'a lot' is not a number"));
        assertThat(Monitoring.value(WARD, "2022", "gp-visits")).isNull();
        assertThat(Monitoring.value(WARD, "2022-Q1", "gp-visits")).isNull();
    }

    @Test
    void aDutchPageGetsTheObjectionsInDutchUnderTheSameFieldNames() {
        assertFieldProblem(given().auth().oauth2(manager).contentType("text/csv").header("Accept-Language", "nl-NL,nl;q=0.9,en;q=0.5")
                .body("period,indicator,value\n2022-Q5,gp-visits,veel\n").post("/api/wards/" + WARD + "/kpis/imports").then(), 400,
                "line 2, column period")
                .body("errors.field", org.hamcrest.Matchers.contains("line 2, column period", "line 2, column value"))
                .body("errors.message", org.hamcrest.Matchers.contains("'2022-Q5' is geen periode zoals 2026, 2026-Q3 of 2026-07",
                        "'veel' is geen getal"))
                .body("detail", equalTo("Er is niets geïmporteerd. regel 2, kolom period: '2022-Q5' is geen periode zoals 2026, "
                        + "2026-Q3 of 2026-07; regel 2, kolom value: 'veel' is geen getal"));
        assertThat(Monitoring.value(WARD, "2022-Q1", "gp-visits")).isNull();
    }

    @Test
    void onlyManagersCoordinatorsAndControllersOfTheWardImport() {
        assertProblem(given().auth().oauth2(Monitoring.token("piet", "professional", WARD)).contentType("text/csv")
                .body("period,indicator,value\n2022,crises,1\n").post("/api/wards/" + WARD + "/kpis/imports").then(), 403);
        assertProblem(given().auth().oauth2(Monitoring.token("marco", "manager", "ruwaard")).contentType("text/csv")
                .body("period,indicator,value\n2022,crises,1\n").post("/api/wards/" + WARD + "/kpis/imports").then(), 403);
        assertProblem(given().auth().oauth2(Tokens.coordinator()).contentType("text/csv")
                .body("period,indicator,value\n2022,crises,1\n").post("/api/wards/atlantis/kpis/imports").then(), 404);
        assertThat(Monitoring.value(WARD, "2022", "crises")).isNull();
    }

    @Test
    void anUnknownPeriodOrWardInTheKpiRequestIsRefused() {
        assertFieldProblem(given().auth().oauth2(Tokens.coordinator()).queryParam("period", "2026-13").get("/api/wards/" + WARD + "/kpis").then(),
                400, "period").body("detail", containsString("2026-13"));
        assertProblem(given().auth().oauth2(Tokens.coordinator()).queryParam("period", "2026").get("/api/wards/atlantis/kpis").then(), 404);
        assertProblem(given().auth().oauth2(Monitoring.token("anna", "professional", "ruwaard")).get("/api/wards/" + WARD + "/kpis").then(), 403);
    }
}
