package nl.wijknetwerk.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.web.gateway.ApiProblem;

class FormTest {

    @Test
    void anObjectionToAFieldOnTheFormIsShownUnderItAndNotRepeatedAboveInTheApisTerms() {
        Form form = TypedForm.of("question", "Boodschappen", "resident.postalCode", "53410").rejected(new ApiProblem(400,
                "Invalid request", "resident.postalCode: moet een postcode zijn zoals 5341 AB",
                Map.of("resident.postalCode", "moet een postcode zijn zoals 5341 AB")));

        assertThat(form.error("resident.postalCode")).isEqualTo("moet een postcode zijn zoals 5341 AB");
        assertThat(form.hasErrors()).isTrue();
        assertThat(form.general()).as("no 'resident.postalCode: …' above the form").isNull();
        assertThat(form.unmarked()).isEmpty();
    }

    @Test
    void anObjectionToAFieldTheFormDidNotSendIsListedAboveTheFormAsASentence() {
        Form form = TypedForm.of("kind", "INDIVIDUAL").rejected(new ApiProblem(422, "The request breaks a rule",
                "mdoId: geen MDO van deze casus", Map.of("mdoId", "geen MDO van deze casus")));

        assertThat(form.unmarked()).containsExactly(Map.entry("mdoId", "Geen MDO van deze casus"));
        assertThat(form.general()).isNull();
    }

    @Test
    void aRefusalNamingNoFieldIsShownAboveTheFormAsTheApiWroteIt() {
        Form form = TypedForm.of("year", "2027").rejected(new ApiProblem(409, "Conflict with the current state",
                "De begroting van 2027 is al vastgesteld", Map.of()));

        assertThat(form.general()).isEqualTo("De begroting van 2027 is al vastgesteld");
        assertThat(form.unmarked()).isEmpty();
        assertThat(Form.empty().rejected(new ApiProblem(403, "Forbidden", null, Map.of())).general()).isEqualTo("Forbidden");
    }
}
