package nl.wijknetwerk.web.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.web.gateway.ApiProblem;
import nl.wijknetwerk.web.page.Form;
import nl.wijknetwerk.web.page.TypedForm;

class NetworkFormsTest {

    private static Form typed(String... pairs) {
        return TypedForm.of(pairs);
    }

    @Test
    void theOnboardingFormBecomesTheApisNewWardWithTheDutchZoneWhenNoneIsGiven() {
        Map<String, Object> body = NetworkForms.onboardWard(typed("name", " Schadewijk ", "slug", "schadewijk", "municipality", "Oss",
                "timeZone", "", "startDate", "2027-01-01"));
        assertThat(body).containsExactly(Map.entry("slug", "schadewijk"), Map.entry("name", "Schadewijk"), Map.entry("municipality", "Oss"),
                Map.entry("timeZone", "Europe/Amsterdam"), Map.entry("startDate", "2027-01-01"));
        // An empty date is left out, so the API names the field as missing instead of failing to read "".
        assertThat(NetworkForms.onboardWard(typed("slug", "x", "startDate", ""))).doesNotContainKey("startDate");
    }

    @Test
    void theApisObjectionToTheSlugLandsUnderTheSlugFieldAndWhatWasTypedIsKept() {
        Form form = typed("name", "Ussen", "slug", "Ussen!").rejected(new ApiProblem(400, "Invalid request", null,
                Map.of("slug", "lower-case letters, digits and dashes, 2 to 63 characters")));
        assertThat(form.error("slug")).contains("lower-case");
        assertThat(form.hasError("name")).isFalse();
        assertThat(form.value("slug")).isEqualTo("Ussen!");
    }

    @Test
    void addingAProfessionalSendsOnlyTheRolesACoordinatorAssigns() {
        Map<String, Object> body = NetworkForms.addProfessional(typed("accountId", " dirk ", "name", "Dirk", "organisationId", "ggz-oost-brabant",
                "discipline", "", "roles", "KWARTIERMAKER", "roles", "AMBASSADOR"));
        assertThat(body).containsEntry("accountId", "dirk").containsEntry("organisationId", "ggz-oost-brabant")
                .doesNotContainKey("discipline").containsEntry("roles", List.of("KWARTIERMAKER"));
        assertThat(NetworkForms.statusChange(typed("reason", "  "))).isEmpty();
        assertThat(NetworkForms.takePart(typed("participation", "WAY_OF_WORKING", "since", "2027-01-01")))
                .containsExactly(Map.entry("participation", "WAY_OF_WORKING"), Map.entry("since", "2027-01-01"));
    }

    @Test
    void theLeerplanTableHasACellPerStepInTheTargetsOrderEvenForAStepTheApiLeftOut() {
        List<String> steps = List.of("ATTEND_LEERSESSIES", "LEAD_INTERVISION", "AMBASSADOR");
        Map<String, Object> anna = Map.of("professionalId", "anna", "name", "Anna", "stepsReached", 1, "completed", false,
                "steps", List.of(Map.of("step", "LEAD_INTERVISION", "count", 0, "target", 2, "reached", false),
                        Map.of("step", "ATTEND_LEERSESSIES", "count", 6, "target", 6, "reached", true)));

        List<NetworkForms.LeerplanRow> rows = NetworkForms.leerplanRows(steps, List.of(anna));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Anna");
            assertThat(row.stepsReached()).isEqualTo(1);
            assertThat(row.cells()).extracting(NetworkForms.LeerplanCell::step).containsExactlyElementsOf(steps);
            assertThat(row.cells().get(0)).isEqualTo(new NetworkForms.LeerplanCell("ATTEND_LEERSESSIES", 6, 6, true));
            assertThat(row.cells().get(2)).isEqualTo(new NetworkForms.LeerplanCell("AMBASSADOR", 0, 0, false));
        });
    }

    @Test
    void theLeersessieFormSendsOnlyKnownTablesAndTheAttendanceCountsEmptyAsNone() {
        Map<String, Object> plan = NetworkForms.planLeersessie(typed("kind", "WITH_MANAGERS", "heldOn", "2026-12-10", "theme", "",
                "tables", "PLENARY", "tables", "NETWORKING_MDOS", "tables", "<script>"));
        assertThat(plan).containsEntry("kind", "WITH_MANAGERS").containsEntry("heldOn", "2026-12-10").doesNotContainKey("theme")
                .containsEntry("tables", List.of("PLENARY", "NETWORKING_MDOS"));
        Map<String, Object> attendance = NetworkForms.attendance(typed("professionals", "anna", "professionals", "bram",
                "managers", "2", "directors", "", "residents", "drie"));
        assertThat(attendance).containsEntry("professionals", List.of("anna", "bram")).containsEntry("managers", 2)
                .containsEntry("directors", 0).as("not a number: sent as typed, for the API to name").containsEntry("residents", "drie");
    }

    @Test
    void anIntervisionRoundTakesAdviceOnePerLineAndHelpedOnlyWhenAnswered() {
        Map<String, Object> round = NetworkForms.intervisionRound(typed("leaderId", "bram", "contributorId", "anna",
                "participants", "dirk", "question", "Hoe krijg ik de huisbaas aan tafel?", "advice", "Nodig hem thuis uit\n\n  Vraag BrabantWonen  ",
                "outOfTheBoxAdvice", "", "helped", ""));
        assertThat(round).containsEntry("advice", List.of("Nodig hem thuis uit", "Vraag BrabantWonen"))
                .containsEntry("participants", List.of("dirk")).doesNotContainKeys("helped", "outOfTheBoxAdvice", "tomorrow");
        assertThat(NetworkForms.intervisionRound(typed("helped", "no", "advice", "x"))).containsEntry("helped", false);
        assertThat(NetworkForms.reflectionCard(typed("learnt", "Vragen wat iemand zelf kan", "struck", " "))).containsOnlyKeys("learnt");
    }
}
