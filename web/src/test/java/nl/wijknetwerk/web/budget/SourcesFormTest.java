package nl.wijknetwerk.web.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.web.gateway.ApiProblem;
import nl.wijknetwerk.web.page.Form;
import nl.wijknetwerk.web.page.TypedForm;

class SourcesFormTest {

    private static Form typed(String... pairs) {
        return TypedForm.of(pairs);
    }

    @Test
    void aMultiYearAgreementSendsTheFilledSourcesInCentsAndLeavesEmptyOnesOut() {
        SourcesForm.Body body = SourcesForm.agreement(typed("firstYear", "2027", "lastYear", "2031", "description", "",
                "source.WMO_AMBULATORY_SUPPORT", "650.000", "source.WELFARE", "550000,50", "source.ZVW", ""));
        assertThat(body.json()).containsEntry("firstYear", 2027).containsEntry("lastYear", 2031).doesNotContainKey("description")
                .containsEntry("sources", List.of(Map.of("source", "WMO_AMBULATORY_SUPPORT", "amountCents", 65_000_000L),
                        Map.of("source", "WELFARE", "amountCents", 55_000_050L)));
    }

    @Test
    void theApisObjectionToTheSecondSourceLandsUnderThatKindsAmount() {
        SourcesForm.Body body = SourcesForm.amendment(typed("source.WMO_DAY_ACTIVITIES", "10", "source.JEUGD", "-5", "reason", "GGD"));
        ApiProblem mapped = new ApiProblem(400, "Invalid", null, Map.of("sources[1].amountCents", "must be zero or more")).renamed(body::formField);
        assertThat(mapped.fields).containsOnlyKeys("source.JEUGD");
        assertThat(body.json()).containsEntry("reason", "GGD");
    }

    @Test
    void theAmendFormStartsFromTheYearsSourcesInEuros() {
        Form form = SourcesForm.of(Map.of("sources", List.of(Map.of("source", "WELFARE", "amountCents", 55_000_000L),
                Map.of("source", "SURPLUS_CARRY_OVER", "amountCents", 1_000L))));
        assertThat(form.value("source.WELFARE")).isEqualTo("550000");
        assertThat(form.value("source.SURPLUS_CARRY_OVER")).as("the carry-over is the settlement's, not the financier's").isEmpty();
    }
}
