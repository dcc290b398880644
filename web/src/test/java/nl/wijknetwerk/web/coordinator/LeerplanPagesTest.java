package nl.wijknetwerk.web.coordinator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.wijknetwerk.web.page.FakeGateway;

/** The coordinator records a leerplan step by hand and sets the ward's targets; the API's objection lands under its field. */
@QuarkusTest
class LeerplanPagesTest {

    static final String COORDINATOR = FakeGateway.token("coordinator", Set.of("coordinator"), List.of("*"));
    static final String DIRECTOR = FakeGateway.token("dirk", Set.of("director"), List.of("*"));
    static final String ANNA = "/api/wards/ruwaard/professionals/anna/leerplan";
    static final String LEERPLAN = """
            {"professionalId": "anna", "name": "Anna de Vries", "stepsReached": 1, "completed": false, "steps": [
             {"step": "ATTEND_LEERSESSIES", "count": 6, "target": 6, "reached": true, "source": "THIS_SERVICE"},
             {"step": "SAMENWERKPLAN_CONVERSATION", "count": 1, "target": 3, "reached": false, "source": "RECORDED"},
             {"step": "ORGANISE_MDO", "count": 0, "target": 3, "reached": false, "source": "CASE_SERVICE"},
             {"step": "SHARE_EXPERIENCE", "count": 0, "target": 1, "reached": false, "source": "RECORDED"},
             {"step": "AMBASSADOR", "count": 0, "target": 1, "reached": false, "source": "MANAGER"}]}""";
    static final String TARGETS = """
            {"ATTEND_LEERSESSIES": 6, "SAMENWERKPLAN_CONVERSATION": 3, "ORGANISE_MDO": 3, "SHARE_EXPERIENCE": 1, "AMBASSADOR": 1}""";

    FakeGateway gateway;

    @BeforeEach
    void answers() {
        gateway.reset();
        gateway.answer("GET " + ANNA, LEERPLAN).answer("GET /api/wards/ruwaard/leerplan/targets", TARGETS)
                .answer("GET /api/wards/ruwaard/professionals", "[{\"id\": \"anna\", \"name\": \"Anna de Vries\"}]")
                .answer("GET /api/wards", "[{\"slug\": \"ruwaard\"}]");
    }

    private static Response get(String token, String path) {
        return given().auth().oauth2(token).redirects().follow(false).get(path);
    }

    private static Response post(String token, String path, String... pairs) {
        var request = given().auth().oauth2(token).redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8");
        for (int i = 0; i < pairs.length; i += 2) {
            request.formParam(pairs[i], pairs[i + 1]);
        }
        return request.post(path);
    }

    @Test
    void theProfessionalsLeerplanPageOffersTheStepsRecordedByHandWithLabelledFields() {
        String html = get(COORDINATOR, "/network/wards/ruwaard/professionals/anna/leerplan").then().statusCode(200).extract().asString();

        assertThat(html).contains("<h1>Leerplan van Anna de Vries</h1>", "vastgelegd door een coördinator of manager");
        assertThat(html).contains("<label for=\"f-step\">Stap</label>", "<label for=\"f-on\">Datum", "<label for=\"f-note\">Toelichting");
        // Only the steps the API marks as recorded are offered; the ones it counts itself are not.
        assertThat(html).contains("<option value=\"SAMENWERKPLAN_CONVERSATION\"", "<option value=\"SHARE_EXPERIENCE\"")
                .doesNotContain("<option value=\"ORGANISE_MDO\"", "<option value=\"AMBASSADOR\"");
        assertThat(html).contains("<button type=\"submit\">Stap vastleggen</button>");
    }

    @Test
    void recordingAStepPostsTheApisBodyAndReturnsWithAConfirmation() {
        gateway.answer("POST " + ANNA + "/steps", LEERPLAN);

        post(COORDINATOR, "/network/wards/ruwaard/professionals/anna/leerplan/steps", "step", "SHARE_EXPERIENCE", "on", "2026-01-12", "note", "")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith(
                        "/network/wards/ruwaard/professionals/anna/leerplan?done=step_recorded#record"));

        assertThat(gateway.sent("POST", ANNA + "/steps")).singleElement().satisfies(r -> {
            assertThat(r.contentType()).startsWith("application/json");
            assertThat(r.authorization()).isEqualTo("Bearer " + COORDINATOR);
            // An empty note is left out, not sent empty.
            assertThat(r.body()).isEqualTo("{\"step\":\"SHARE_EXPERIENCE\",\"on\":\"2026-01-12\"}");
        });
        assertThat(get(COORDINATOR, "/network/wards/ruwaard/professionals/anna/leerplan?done=step_recorded").asString())
                .contains("<p class=\"flash\" role=\"status\">De stap is vastgelegd in het leerplan.</p>");
    }

    @Test
    void theApisObjectionToTheDateStandsUnderTheDateAndWhatWasTypedIsKept() {
        gateway.refuse("POST " + ANNA + "/steps", 422, "on", "ligt in de toekomst");

        String html = post(COORDINATOR, "/network/wards/ruwaard/professionals/anna/leerplan/steps", "step", "SAMENWERKPLAN_CONVERSATION",
                "on", "2999-01-01", "note", "Gesprek met de familie").then().statusCode(422).extract().asString();

        assertThat(html).contains("id=\"f-on\" name=\"on\" type=\"date\" value=\"2999-01-01\" aria-invalid=\"true\" aria-describedby=\"f-on-error\"",
                "<p class=\"error\" id=\"f-on-error\">ligt in de toekomst</p>", ">Gesprek met de familie</textarea>",
                "<option value=\"SAMENWERKPLAN_CONVERSATION\" selected>");
    }

    @Test
    void theTargetsFormHasALabelledFieldPerStepFilledWithTheWardsTargets() {
        String html = get(COORDINATOR, "/network/wards/ruwaard/leerplan").then().statusCode(200).extract().asString();

        assertThat(html).contains("<label for=\"f-targets[ORGANISE_MDO]\">MDO organiseren</label>",
                "id=\"f-targets[ORGANISE_MDO]\" name=\"targets[ORGANISE_MDO]\" type=\"number\" min=\"0\" max=\"100\" inputmode=\"numeric\" value=\"3\"",
                "<button type=\"submit\">Doelen opslaan</button>");
        // The name leads to the professional's own leerplan page.
        assertThat(html).contains("<a href=\"/network/wards/ruwaard/professionals/anna/leerplan\">Anna de Vries</a>");
        // A director reads the leerplan but the API lets only the coordinator and a manager set targets: no form.
        assertThat(get(DIRECTOR, "/network/wards/ruwaard/leerplan").asString()).doesNotContain("Doelen opslaan");
    }

    @Test
    void settingTargetsPutsTheTypedOnesAndLeavesEmptyStepsOut() {
        gateway.answer("PUT /api/wards/ruwaard/leerplan/targets", TARGETS);

        post(COORDINATOR, "/network/wards/ruwaard/leerplan/targets", "targets[ORGANISE_MDO]", "4", "targets[AMBASSADOR]", "")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/network/wards/ruwaard/leerplan?done=targets_set#targets"));

        assertThat(gateway.sent("PUT", "/api/wards/ruwaard/leerplan/targets")).singleElement()
                .satisfies(r -> assertThat(r.body()).isEqualTo("{\"targets\":{\"ORGANISE_MDO\":4}}"));
    }

    @Test
    void aTargetTheApiRefusesShowsItsMessageUnderThatStepsField() {
        // Out of range the API names targets[STEP]; a value it cannot read as a number it names targets.STEP.
        gateway.refuse("PUT /api/wards/ruwaard/leerplan/targets", 400, "targets[ORGANISE_MDO]", "must be less than or equal to 100",
                "targets.SHARE_EXPERIENCE", "has the wrong type or format");

        String html = post(COORDINATOR, "/network/wards/ruwaard/leerplan/targets", "targets[ORGANISE_MDO]", "101",
                "targets[SHARE_EXPERIENCE]", "twee").then().statusCode(400).extract().asString();

        assertThat(html).contains("value=\"101\" aria-invalid=\"true\" aria-describedby=\"f-targets[ORGANISE_MDO]-error\"",
                "<p class=\"error\" id=\"f-targets[ORGANISE_MDO]-error\">must be less than or equal to 100</p>",
                "<p class=\"error\" id=\"f-targets[SHARE_EXPERIENCE]-error\">has the wrong type or format</p>");
        assertThat(gateway.sent("PUT", "/api/wards/ruwaard/leerplan/targets").get(0).body())
                .contains("\"ORGANISE_MDO\":101", "\"SHARE_EXPERIENCE\":\"twee\"");
    }
}
