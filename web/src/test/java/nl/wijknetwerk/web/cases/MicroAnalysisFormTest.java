package nl.wijknetwerk.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.web.gateway.ApiProblem;
import nl.wijknetwerk.web.page.Form;

class MicroAnalysisFormTest {

    private static MicroAnalysisForm.Body typed() {
        MultivaluedHashMap<String, String> typed = new MultivaluedHashMap<>();
        typed.putSingle("edition", "2024-demo");
        typed.putSingle("caseType", "EXISTING");
        typed.putSingle("scenarios.current[0].item", "WMO-BG-UUR");
        typed.putSingle("scenarios.current[0].quantityPerYear", "104");
        typed.putSingle("scenarios.doNothing[0].item", "WLZ-VV4-DAG");
        typed.putSingle("scenarios.doNothing[0].quantityPerYear", "365");
        // The professional left the chosen solution's first row empty and filled the second and third.
        typed.putSingle("scenarios.chosen[1].item", "WMO-HH-UUR");
        typed.putSingle("scenarios.chosen[1].quantityPerYear", "130,5");
        typed.putSingle("scenarios.chosen[2].item", "WMO-TRAPLIFT");
        typed.putSingle("scenarios.chosen[2].quantityPerYear", "veel");
        return MicroAnalysisForm.body(Form.of(typed));
    }

    @Test
    @SuppressWarnings("unchecked")
    void filledRowsBecomeTheApisScenariosWithDutchDecimalsReadAndEmptyRowsLeftOut() {
        Map<String, Object> body = typed().json();
        assertThat(body).containsEntry("edition", "2024-demo").containsEntry("caseType", "EXISTING").doesNotContainKey("note");
        Map<String, List<Map<String, Object>>> scenarios = (Map<String, List<Map<String, Object>>>) body.get("scenarios");
        assertThat(scenarios.get("current")).containsExactly(Map.of("item", "WMO-BG-UUR", "quantityPerYear", new BigDecimal("104")));
        assertThat(scenarios.get("chosen")).hasSize(2);
        assertThat(scenarios.get("chosen").get(0)).containsEntry("quantityPerYear", new BigDecimal("130.5"));
        assertThat(scenarios.get("chosen").get(1)).as("not a number: sent as typed, for the API to name")
                .containsEntry("quantityPerYear", "veel");
    }

    @Test
    void theApisObjectionLandsUnderTheRowAsTyped() {
        ApiProblem refused = new ApiProblem(400, "Bad Request", "invalid",
                Map.of("scenarios.chosen[1].quantityPerYear", "must be a number", "edition", "unknown edition"));
        ApiProblem mapped = refused.renamed(typed()::formField);
        assertThat(mapped.fields).containsEntry("scenarios.chosen[2].quantityPerYear", "must be a number")
                .containsEntry("edition", "unknown edition").hasSize(2);
    }
}
