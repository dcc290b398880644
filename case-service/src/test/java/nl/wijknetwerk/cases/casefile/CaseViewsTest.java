package nl.wijknetwerk.cases.casefile;

import static nl.wijknetwerk.cases.Samenwerkwijze.agreePlan;
import static nl.wijknetwerk.cases.Samenwerkwijze.agreement;
import static nl.wijknetwerk.cases.Samenwerkwijze.as;
import static nl.wijknetwerk.cases.Samenwerkwijze.holdMdo;
import static nl.wijknetwerk.cases.Samenwerkwijze.map;
import static nl.wijknetwerk.cases.Samenwerkwijze.openCase;
import static nl.wijknetwerk.cases.Samenwerkwijze.path;
import static nl.wijknetwerk.cases.Samenwerkwijze.planMdoAtHome;
import static nl.wijknetwerk.cases.Samenwerkwijze.professional;
import static nl.wijknetwerk.cases.Samenwerkwijze.recordIntake;
import static nl.wijknetwerk.cases.Samenwerkwijze.registerResident;
import static nl.wijknetwerk.cases.Samenwerkwijze.residentAtTable;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.cases.Samenwerkwijze;
import nl.wijknetwerk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * One case as the resident, the professional, a manager of the same organisation and the controller see it, side by
 * side: each gets what they need and no more personal fields.
 */
@QuarkusTest
class CaseViewsTest {

    private static final Set<String> PERSONAL = Set.of("residentId", "question", "lifeDomains", "openedBy");

    @Test
    void eachReaderGetsWhatTheyNeedOfTheCase() {
        Samenwerkwijze.wardsOnboarded();
        String bram = professional("bram", "brabantwonen");
        String account = Samenwerkwijze.uniqueAccount("kmol");
        String residentId = registerResident(bram, map("name", "Karin Mol", "street", "Singel 1", "account", account));
        String caseId = openCase(bram, residentId, "Ik wil een baan maar weet niet waar te beginnen.", "GUIDED_TO_COLLECTIVE", "DAYTIME_ACTIVITY");
        recordIntake(bram, caseId, "Werken.", "Goed met mensen.", "Een opstapje.");
        holdMdo(bram, caseId, planMdoAtHome(bram, caseId, null, residentAtTable(residentId)));
        as(bram).body("{\"moment\": \"T0\", \"score\": 4}").post(path(caseId, "/wellbeing")).then().statusCode(201);
        agreePlan(bram, caseId, List.of("Karin vindt werk dat past"), "Opstapje via het buurtcentrum",
                agreement("Karin meenemen naar het taalcafé", "PROFESSIONAL", "professionalId", "bram", "organisation", "brabantwonen", "dueOn", "2030-01-31"));

        Map<String, Object> professionalView = as(bram).get(path(caseId, "")).then().statusCode(200).extract().jsonPath().getMap("");
        Map<String, Object> residentView = as(Samenwerkwijze.resident(account)).get(path(caseId, "")).then().statusCode(200)
                .extract().jsonPath().getMap("");
        String manager = Samenwerkwijze.manager("margriet", "brabantwonen");
        Map<String, Object> managerView = as(manager).get(path(caseId, "")).then().statusCode(200).extract().jsonPath().getMap("");
        String controller = Tokens.token("carla", "gemeente-oss", Set.of("controller"), List.of(Samenwerkwijze.WARD));

        // The professional at the table and the resident herself: the whole case.
        assertThat(professionalView).containsEntry("question", "Ik wil een baan maar weet niet waar te beginnen.")
                .containsEntry("residentId", residentId);
        assertThat(residentView).containsEntry("question", "Ik wil een baan maar weet niet waar te beginnen.");
        // The manager: how the case runs (status, dates, organisations), nothing of the resident.
        assertThat(managerView).containsEntry("status", professionalView.get("status"))
                .containsEntry("openedByOrganisation", "brabantwonen").containsEntry("sharedWith", List.of("brabantwonen"));
        assertThat(PERSONAL).allSatisfy(field -> assertThat(managerView.get(field)).as(field).satisfiesAnyOf(
                v -> assertThat(v).isNull(), v -> assertThat(v).asList().isEmpty()));
        assertThat(as(manager).get("/api/wards/ruwaard/cases").then().statusCode(200).extract().asString())
                .doesNotContain("Ik wil een baan", residentId);
        assertProblem(as(manager).get(path(caseId, "/intake")).then(), 403);
        // Of the plan: who does what by when and its cost, not the goals, the solution or an agreement's words.
        Map<String, Object> managerPlan = as(manager).get(path(caseId, "/plan")).then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(as(bram).get(path(caseId, "/plan")).then().statusCode(200).extract().asString())
                .contains("Karin vindt werk dat past", "Opstapje via het buurtcentrum", "taalcafé");
        assertThat(managerPlan.toString()).doesNotContain("Karin", "Opstapje", "taalcafé");
        assertThat(managerPlan).containsEntry("version", 1);
        assertThat(as(manager).get(path(caseId, "/plan")).then().extract().jsonPath().getString("agreements[0].dueOn")).isEqualTo("2030-01-31");
        assertThat(as(manager).get(path(caseId, "/plan/versions/1")).then().statusCode(200).extract().asString()).doesNotContain("Karin", "taalcafé");
        // Of the wellbeing: which measurement is due or taken, never the resident's score.
        assertThat(as(bram).get(path(caseId, "/wellbeing")).then().statusCode(200).extract().jsonPath().getInt("measurements[0].score")).isEqualTo(4);
        var managerWellbeing = as(manager).get(path(caseId, "/wellbeing")).then().statusCode(200).extract().jsonPath();
        assertThat(managerWellbeing.getList("measurements")).isEmpty();
        assertThat(managerWellbeing.getString("schedule.find { it.moment == 'T0' }.measuredOn")).isNotNull();
        // Of the MDO: the meeting, not whether the resident was there or consented.
        var managerMdo = as(manager).get(path(caseId, "/mdos")).then().statusCode(200).extract().jsonPath();
        assertThat(managerMdo.getString("[0].status")).isEqualTo("HELD");
        assertThat(managerMdo.getString("[0].consentToShare")).isNull();
        assertThat(managerMdo.getList("[0].participants.kind")).doesNotContain("RESIDENT");
        assertProblem(as(manager).get("/api/wards/ruwaard/residents/" + residentId).then(), 403);
        // The controller watches the budget: no case at all.
        assertProblem(as(controller).get(path(caseId, "")).then(), 403);
        assertProblem(as(controller).get("/api/wards/ruwaard/residents/" + residentId).then(), 403);
    }
}
