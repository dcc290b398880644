package nl.wijknetwerk.cases.casefile;

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
        assertProblem(as(manager).get("/api/wards/ruwaard/residents/" + residentId).then(), 403);
        // The controller watches the budget: no case at all.
        assertProblem(as(controller).get(path(caseId, "")).then(), 403);
        assertProblem(as(controller).get("/api/wards/ruwaard/residents/" + residentId).then(), 403);
    }
}
