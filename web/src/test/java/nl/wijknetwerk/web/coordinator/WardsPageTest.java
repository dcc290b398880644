package nl.wijknetwerk.web.coordinator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.wijknetwerk.web.page.FakeGateway;

/** Onboarding a ward, through the same submission as every form: on to the new ward, or back with the slug's objection. */
@QuarkusTest
class WardsPageTest {

    FakeGateway gateway;

    @BeforeEach
    void answers() {
        gateway.reset();
        gateway.answer("GET /api/wards", "[{\"slug\": \"ruwaard\", \"name\": \"Ruwaard\", \"municipality\": \"Oss\", \"status\": \"ACTIVE\"}]");
    }

    @Test
    void anOnboardedWardOpensWithItsConfirmationAndARefusedSlugStandsUnderTheSlug() {
        gateway.answer("POST /api/wards", 201, "{\"slug\": \"schadewijk\"}");
        given().auth().oauth2(LeerplanPagesTest.COORDINATOR).redirects().follow(false).formParam("name", "Schadewijk")
                .formParam("slug", "schadewijk").formParam("municipality", "Oss").formParam("timeZone", "").formParam("startDate", "")
                .post("/network/wards").then().statusCode(303).header("Location", endsWith("/network/wards/schadewijk?done=ward_onboarded"));
        assertThat(gateway.sent("POST", "/api/wards").get(0).body())
                .isEqualTo("{\"slug\":\"schadewijk\",\"name\":\"Schadewijk\",\"municipality\":\"Oss\",\"timeZone\":\"Europe/Amsterdam\"}");

        gateway.refuse("POST /api/wards", 400, "slug", "lower-case letters, digits and dashes");
        String html = given().auth().oauth2(LeerplanPagesTest.COORDINATOR).formParam("name", "Ussen").formParam("slug", "Ussen!")
                .post("/network/wards").then().statusCode(400).contentType("text/html;charset=UTF-8").extract().asString();
        assertThat(html).contains("value=\"Ussen!\" aria-invalid=\"true\" aria-describedby=\"f-slug-error\"",
                "<p class=\"error\" id=\"f-slug-error\">lower-case letters, digits and dashes</p>");
    }

    @Test
    void aProfessionalStopsInTheWardAndReturnsHerMembershipOtherwiseAsItWas() {
        String dirk = "{\"id\": \"dirk\", \"name\": \"Dirk\", \"organisationId\": \"ggz-oost-brabant\", \"discipline\": \"spv\", "
                + "\"roles\": [\"AMBASSADOR\", \"KWARTIERMAKER\"], \"active\": true}";
        gateway.answer("GET /api/wards/schadewijk/professionals/dirk", dirk);
        gateway.answer("PUT /api/wards/schadewijk/professionals/dirk", dirk);
        given().auth().oauth2(LeerplanPagesTest.COORDINATOR).redirects().follow(false)
                .post("/network/wards/schadewijk/professionals/dirk/departure").then().statusCode(303)
                .header("Location", endsWith("/network/wards/schadewijk?done=professional_left#professionals"));
        // Ambassador is the manager's to mark; the API keeps it.
        assertThat(gateway.sent("PUT", "/api/wards/schadewijk/professionals/dirk").get(0).body()).isEqualTo(
                "{\"name\":\"Dirk\",\"organisationId\":\"ggz-oost-brabant\",\"discipline\":\"spv\",\"roles\":[\"KWARTIERMAKER\"],\"active\":false}");

        given().auth().oauth2(LeerplanPagesTest.COORDINATOR).redirects().follow(false)
                .post("/network/wards/schadewijk/professionals/dirk/return").then().statusCode(303)
                .header("Location", endsWith("/network/wards/schadewijk?done=professional_returned#professionals"));
        assertThat(gateway.sent("PUT", "/api/wards/schadewijk/professionals/dirk").get(1).body()).endsWith("\"active\":true}");
    }
}
