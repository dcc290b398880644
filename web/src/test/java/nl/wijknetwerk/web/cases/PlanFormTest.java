package nl.wijknetwerk.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.web.page.Form;

class PlanFormTest {

    @Test
    void theEditorsRowsBecomeTheApisAgreementsWithTheProfessionalsOrganisationAndEmptyRowsLeftOut() {
        MultivaluedHashMap<String, String> typed = new MultivaluedHashMap<>();
        typed.putSingle("goals", "Zelf boodschappen doen\n\n  Weer fietsen  ");
        typed.putSingle("solution", "Samen oefenen");
        typed.putSingle("agreements[0].what", "Elke dag lopen");
        typed.putSingle("agreements[0].performer", "RESIDENT");
        typed.putSingle("agreements[0].professionalId", "anna");
        typed.putSingle("agreements[1].what", "Meelopen naar de winkel");
        typed.putSingle("agreements[1].performer", "PROFESSIONAL");
        typed.putSingle("agreements[1].professionalId", "anna");
        typed.putSingle("agreements[1].dueOn", "2026-12-23");

        Map<String, Object> body = PlanForm.body(Form.of(typed), Map.of("anna", "ons-welzijn"));

        assertThat(body.get("goals")).isEqualTo(List.of("Zelf boodschappen doen", "Weer fietsen"));
        assertThat(body.get("agreements")).isEqualTo(List.of(
                Map.of("what", "Elke dag lopen", "performer", "RESIDENT"),
                Map.of("what", "Meelopen naar de winkel", "performer", "PROFESSIONAL", "professionalId", "anna",
                        "organisation", "ons-welzijn", "dueOn", "2026-12-23")));
        // The editor offers three empty rows below the two typed ones.
        assertThat(PlanForm.rows(Form.of(typed))).hasSize(2 + PlanForm.EXTRA_ROWS);
    }

    @Test
    void aRefusalNamesTheCellItBelongsTo() {
        PlanForm.Row row = PlanForm.rows(Form.empty()).get(1);
        assertThat(row.field("dueOn")).isEqualTo("agreements[1].dueOn");
        Form rejected = Form.empty().rejected(new nl.wijknetwerk.web.gateway.ApiProblem(400, "Invalid request",
                "agreements[1].dueOn: must be a date", Map.of("agreements[1].dueOn", "must be a date")));
        assertThat(rejected.error(row.field("dueOn"))).isEqualTo("must be a date");
        assertThat(rejected.hasErrors()).isTrue();
    }
}
