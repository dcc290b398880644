package nl.wijknetwerk.cases.casefile;

import static nl.wijknetwerk.cases.Samenwerkwijze.as;
import static nl.wijknetwerk.cases.Samenwerkwijze.map;
import static nl.wijknetwerk.cases.Samenwerkwijze.openCase;
import static nl.wijknetwerk.cases.Samenwerkwijze.path;
import static nl.wijknetwerk.cases.Samenwerkwijze.planMdoAtHome;
import static nl.wijknetwerk.cases.Samenwerkwijze.professional;
import static nl.wijknetwerk.cases.Samenwerkwijze.professionalAtTable;
import static nl.wijknetwerk.cases.Samenwerkwijze.recordIntake;
import static nl.wijknetwerk.cases.Samenwerkwijze.registerResident;
import static nl.wijknetwerk.cases.Samenwerkwijze.residentAtTable;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.wijknetwerk.cases.Samenwerkwijze;
import nl.wijknetwerk.testing.Tokens;

/** Organisations never at a table of a case do not see it; every look, allowed or not, is in the access log. */
@QuarkusTest
class CaseAccessTest {

    @Inject
    DataSource dataSource;

    private final String bram = professional("bram", "brabantwonen");
    private final String petra = professional("petra", "pantein");

    private String account;
    private String residentId;
    private String caseId;

    @BeforeEach
    void aCaseOpenedByTheHousingCorporation() {
        Samenwerkwijze.wardsOnboarded();
        account = Samenwerkwijze.uniqueAccount("mvdberg");
        residentId = registerResident(bram, map("name", "Marloes van den Berg", "street", "Vijver 2", "account", account));
        caseId = openCase(bram, residentId, "Ik durf de straat niet meer op.", "INDIVIDUAL_AT_HOME", "SAFETY");
        recordIntake(bram, caseId, "Me weer veilig voelen.", "Boodschappen doen met iemand erbij.", "Iemand die meegaat.");
    }

    @Test
    void anOrganisationNeverAtTheTableGetsNotFoundAndTheAttemptIsLogged() {
        assertProblem(as(petra).get(path(caseId, "")).then(), 404);
        assertProblem(as(petra).get(path(caseId, "/intake")).then(), 404);
        assertProblem(as(petra).get("/api/wards/ruwaard/residents/" + residentId).then(), 404);
        assertProblem(as(petra).body(map("iWant", "x", "iCan", "x", "iNeed", "x")).put(path(caseId, "/intake")).then(), 404);
        as(petra).get("/api/wards/ruwaard/cases").then().statusCode(200).body("findAll { it.id == '" + caseId + "' }.size()", equalTo(0));
        as(bram).get("/api/wards/ruwaard/cases?size=1").then().statusCode(200).body("[0].id", equalTo(caseId));
        nl.wijknetwerk.testing.Problems.assertFieldProblem(as(bram).get("/api/wards/ruwaard/cases?size=500").then(), 400, "size");
        // Nothing was changed by the refused write.
        as(bram).get(path(caseId, "/intake/versions")).then().statusCode(200).body("size()", equalTo(1));
        // A person who says, in a header anyone can send, that he reads for a colleague: logged as his claim only.
        as(bram).header("X-On-Behalf-Of", "anouk").get(path(caseId, "")).then().statusCode(200);

        List<Map<String, Object>> log = accessLogAsResident();
        assertThat(log).filteredOn(e -> "petra".equals(e.get("actor")))
                .extracting(e -> e.get("action") + " " + e.get("outcome") + " " + e.get("organisation"))
                .containsExactly("case.read DENIED pantein", "intake.read DENIED pantein", "resident.read DENIED pantein",
                        "intake.record DENIED pantein");
        assertThat(log).filteredOn(e -> "bram".equals(e.get("actor")))
                .extracting(e -> e.get("action") + " " + e.get("outcome"))
                .containsExactly("resident.register GRANTED", "case.open GRANTED", "intake.record GRANTED", "case.list GRANTED",
                        "intake.read GRANTED", "case.read GRANTED");
        assertThat(log).filteredOn(e -> "bram".equals(e.get("actor"))).allSatisfy(e -> assertThat(e.get("onBehalfOf")).isNull());
        assertThat(log).filteredOn(e -> "bram".equals(e.get("actor")) && "anouk".equals(e.get("claimedOnBehalfOf"))).hasSize(1);
    }

    @Test
    void anOrganisationInvitedToTheTableReadsTheCaseOnceTheResidentConsented() {
        assertProblem(as(petra).get(path(caseId, "")).then(), 404);
        String mdo = planMdoAtHome(bram, caseId, null, residentAtTable(residentId), professionalAtTable("petra", "pantein"));
        // Invited, not yet consented: the meeting only.
        assertProblem(as(petra).get(path(caseId, "")).then(), 404);
        as(petra).get(path(caseId, "/mdos")).then().statusCode(200).body("size()", equalTo(1));
        Samenwerkwijze.holdMdo(bram, caseId, mdo);

        as(petra).get(path(caseId, "")).then().statusCode(200).body("status", equalTo("MDO_PLANNED"));
        as(petra).get(path(caseId, "/intake")).then().statusCode(200).body("iWant", equalTo("Me weer veilig voelen."));
        as(petra).get("/api/wards/ruwaard/residents/" + residentId).then().statusCode(200).body("name", equalTo("Marloes van den Berg"));
        // A colleague of another organisation still sees nothing.
        assertProblem(as(professional("gert", "ggz-oost-brabant")).get(path(caseId, "")).then(), 404);

        assertThat(accessLogAsResident()).filteredOn(e -> "petra".equals(e.get("actor")))
                .extracting(e -> e.get("action") + " " + e.get("outcome"))
                .containsExactly("case.read DENIED", "case.read DENIED", "mdo.read.invitation GRANTED", "case.read GRANTED",
                        "intake.read GRANTED", "resident.read GRANTED");
    }

    @Test
    void openingACaseForAKnownResidentOpensThatCaseNotTheResidentsFile() {
        // Petra knows Marloes' id and opens a case about her: she gets that case, nothing more.
        String hers = openCase(petra, residentId, "Buurvrouw maakt zich zorgen.", "GUIDED_TO_COLLECTIVE", "SOCIAL_NETWORK");
        as(petra).get(path(hers, "")).then().statusCode(200).body("residentId", equalTo(residentId));
        assertProblem(as(petra).get("/api/wards/ruwaard/residents/" + residentId).then(), 404);
        assertProblem(as(petra).get("/api/wards/ruwaard/residents/" + residentId + "/network").then(), 404);
        assertProblem(as(petra).get(path(caseId, "")).then(), 404);
        assertProblem(as(petra).get(path(caseId, "/intake")).then(), 404);
        as(petra).get("/api/wards/ruwaard/cases?size=200").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem(hers)).body("id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(caseId)));
        // The organisation that registered her still reads her record.
        as(bram).get("/api/wards/ruwaard/residents/" + residentId).then().statusCode(200);
    }

    @Test
    void aResidentSeesOnlyTheirOwnCaseAndLog() {
        String other = Samenwerkwijze.resident(Samenwerkwijze.uniqueAccount("buurman"));
        assertProblem(as(other).get(path(caseId, "")).then(), 404);
        assertProblem(as(other).get("/api/wards/ruwaard/residents/" + residentId + "/access-log").then(), 404);
        String self = Samenwerkwijze.resident(account);
        as(self).get(path(caseId, "")).then().statusCode(200).body("question", equalTo("Ik durf de straat niet meer op."));
        // Their list holds their own case and nobody else's.
        as(self).get("/api/wards/ruwaard/cases").then().statusCode(200).body("id", org.hamcrest.Matchers.contains(caseId));
        as(other).get("/api/wards/ruwaard/cases").then().statusCode(200).body("size()", equalTo(0));
        // The resident reads, but changes are made at the table.
        assertProblem(as(self).body(map("iWant", "x", "iCan", "x", "iNeed", "x")).put(path(caseId, "/intake")).then(), 403);
        // A professional cannot read a resident's access log; a coordinator can, to answer the resident's questions.
        assertProblem(as(bram).get("/api/wards/ruwaard/residents/" + residentId + "/access-log").then(), 403);
        as(Tokens.coordinator()).get("/api/wards/ruwaard/residents/" + residentId + "/access-log").then().statusCode(200);
        assertThat(accessLogAsResident()).filteredOn(e -> e.get("actor").toString().startsWith("buurman"))
                .extracting(e -> e.get("action") + " " + e.get("outcome"))
                .containsExactly("case.read DENIED", "resident.access-log.read DENIED");
    }

    @Test
    void theAccessLogCannotBeRewritten() throws SQLException {
        accessLogAsResident();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("update access_log set actor = 'nobody' where case_id = '" + caseId + "'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("delete from access_log where case_id = '" + caseId + "'"))
                    .hasMessageContaining("append-only");
        }
        assertThat(accessLogAsResident()).extracting(e -> e.get("actor")).contains("bram");
    }

    private List<Map<String, Object>> accessLogAsResident() {
        return as(Samenwerkwijze.resident(account))
                .get("/api/wards/ruwaard/residents/" + residentId + "/access-log")
                .then().statusCode(200).extract().jsonPath().getList("");
    }
}
