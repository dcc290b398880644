package nl.wijknetwerk.network.pulse;

import static nl.wijknetwerk.network.NetworkFixtures.as;
import static nl.wijknetwerk.network.NetworkFixtures.awaitEvent;
import static nl.wijknetwerk.network.NetworkFixtures.coordinator;
import static nl.wijknetwerk.network.NetworkFixtures.events;
import static nl.wijknetwerk.network.NetworkFixtures.manager;
import static nl.wijknetwerk.network.NetworkFixtures.wardWithProfessionals;
import static nl.wijknetwerk.testing.Problems.assertFieldProblem;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.wijknetwerk.shared.event.EventSchemas;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.testing.Tokens;

/** MOOI WERK: pulses go in one by one, and only aggregates over enough respondents come out. */
@QuarkusTest
class PulseTest {

    @Inject
    PulseQuarterCloser closer;

    static final String NOW = Quarter.of(LocalDate.now(ZoneId.of("Europe/Amsterdam"))).toString();

    @Test
    void aScoreOutsideOneToTenIsRefusedAndNothingIsKept() {
        wardWithProfessionals("puls-elf", "ons-welzijn", "anna");
        assertFieldProblem(pulse("puls-elf", "anna", 11, 8), 400, "workSatisfaction");
        assertFieldProblem(pulse("puls-elf", "anna", 8, 0), 400, "collaboration");
        // Had the refused pulse been kept, this one would be a second pulse in the same quarter.
        pulse("puls-elf", "anna", 8, 9).statusCode(201).body("period", equalTo(NOW));
    }

    @Test
    void aProfessionalGivesAPulseOncePerQuarter() {
        wardWithProfessionals("puls-eens", "ons-welzijn", "anna");
        pulse("puls-eens", "anna", 7, 8).statusCode(201);
        assertFieldProblem(pulse("puls-eens", "anna", 9, 9), 409, "period");
        assertProblem(as(Tokens.professional("zorro", "ons-welzijn", "puls-eens")).body("{\"workSatisfaction\": 7, \"collaboration\": 7}")
                .post("/api/wards/puls-eens/pulses").then(), 403);
        assertProblem(coordinator().body("{\"workSatisfaction\": 7, \"collaboration\": 7}").post("/api/wards/puls-eens/pulses").then(), 403);
    }

    @Test
    void aSmallGroupsScoresNeverLeaveTheService() {
        wardWithProfessionals("puls-klein", "ons-welzijn", "anna", "bram");
        pulse("puls-klein", "anna", 2, 3).statusCode(201);
        pulse("puls-klein", "bram", 9, 9).statusCode(201);
        coordinator().get("/api/wards/puls-klein/pulses/" + NOW + "/aggregate").then().statusCode(200)
                .body("closed", equalTo(false)).body("workSatisfactionAverage", nullValue());

        as(manager("marieke", "ons-welzijn", "puls-klein")).post("/api/wards/puls-klein/pulses/" + NOW + "/closure").then().statusCode(200)
                .body("closed", equalTo(true)).body("published", equalTo(false))
                .body("respondents", nullValue()).body("workSatisfactionAverage", nullValue());
        assertFieldProblem(pulse("puls-klein", "anna", 5, 5), 409, "period");
        assertThat(events(EventTypes.PULSE_AGGREGATED, "puls-klein")).isEmpty();
    }

    @Test
    void aClosedQuarterOfEnoughRespondentsIsPublishedAsAnAggregate() {
        String[] team = { "anna", "bram", "chris", "dirk", "eva" };
        wardWithProfessionals("puls-team", "ons-welzijn", team);
        int[] work = { 6, 7, 8, 9, 10 };
        int[] collaboration = { 9, 9, 9, 9, 10 };
        for (int i = 0; i < team.length; i++) {
            pulse("puls-team", team[i], work[i], collaboration[i]).statusCode(201);
        }
        coordinator().post("/api/wards/puls-team/pulses/" + NOW + "/closure").then().statusCode(200)
                .body("published", equalTo(true)).body("respondents", equalTo(5))
                .body("workSatisfactionAverage", equalTo(8.0f)).body("collaborationAverage", equalTo(9.2f));
        coordinator().get("/api/wards/puls-team/pulses/" + NOW + "/aggregate").then().body("collaborationAverage", equalTo(9.2f));
        assertProblem(coordinator().post("/api/wards/puls-team/pulses/" + NOW + "/closure").then(), 409);

        JsonNode aggregated = awaitEvent(EventTypes.PULSE_AGGREGATED, "puls-team", e -> true);
        assertThat(EventSchemas.violations(aggregated)).isEmpty();
        assertThat(aggregated.path("data").path("period").asText()).isEqualTo(NOW);
        assertThat(aggregated.path("data").path("respondents").asInt()).isEqualTo(5);
        assertThat(aggregated.path("data").path("workSatisfactionAverage").decimalValue()).isEqualByComparingTo("8.0");
        assertThat(aggregated.toString()).doesNotContain("anna");
    }

    @Test
    void onlyRealQuartersThatHaveBegunCanBeClosed() {
        wardWithProfessionals("puls-kwartaal", "ons-welzijn");
        assertFieldProblem(coordinator().post("/api/wards/puls-kwartaal/pulses/2025-Q5/closure").then(), 400, "period");
        assertFieldProblem(coordinator().post("/api/wards/puls-kwartaal/pulses/2999-Q1/closure").then(), 422, "period");
        coordinator().get("/api/wards/puls-kwartaal/pulses/2999-Q1/aggregate").then().body("closed", equalTo(false));
    }

    @Test
    void anEndedQuarterIsClosedWithoutAnyoneAskingAndOnlyOnce() {
        String[] team = { "anna", "bram", "chris", "dirk", "eva" };
        wardWithProfessionals("puls-vanzelf", "ons-welzijn", team);
        for (String professional : team) {
            pulse("puls-vanzelf", professional, 7, 8).statusCode(201);
        }
        Quarter now = Quarter.parse(NOW);
        assertThat(closer.closeIfOpen("puls-vanzelf", now)).isTrue();
        assertThat(closer.closeIfOpen("puls-vanzelf", now)).isFalse();
        assertThat(closer.closeIfOpen("puls-vanzelf", now.previous())).isTrue();

        coordinator().get("/api/wards/puls-vanzelf/pulses/" + NOW + "/aggregate").then()
                .body("published", equalTo(true)).body("workSatisfactionAverage", equalTo(7.0f));
        coordinator().get("/api/wards/puls-vanzelf/pulses/" + now.previous() + "/aggregate").then()
                .body("closed", equalTo(true)).body("published", equalTo(false));
        awaitEvent(EventTypes.PULSE_AGGREGATED, "puls-vanzelf", e -> true);
        assertThat(events(EventTypes.PULSE_AGGREGATED, "puls-vanzelf")).hasSize(1);
    }

    static io.restassured.response.ValidatableResponse pulse(String ward, String professional, int work, int collaboration) {
        RequestSpecification as = as(Tokens.professional(professional, "ons-welzijn", ward));
        return as.body("{\"workSatisfaction\": " + work + ", \"collaboration\": " + collaboration + "}").post("/api/wards/" + ward + "/pulses").then();
    }
}
