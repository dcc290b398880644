package nl.wijknetwerk.cases.rights;

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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.wijknetwerk.cases.Samenwerkwijze;
import nl.wijknetwerk.testing.Tokens;

/** AVG art. 15: the resident sees and downloads everything held about her; records go when their term is over. */
@QuarkusTest
class ResidentRightsTest {

    @Inject
    DataSource dataSource;

    @Inject
    RetentionJob retention;

    private final String bram = professional("bram", "brabantwonen");

    private String account;
    private String residentId;
    private String caseId;

    @BeforeEach
    void aResidentWithACaseAtTheTable() {
        Samenwerkwijze.wardsOnboarded();
        account = Samenwerkwijze.uniqueAccount("avisser");
        residentId = registerResident(bram, map("name", "Annie Visser", "street", "Kruisstraat 5", "account", account));
        Samenwerkwijze.addNetworkMember(bram, residentId, "Joke (buurvrouw)", "NEIGHBOUR");
        caseId = aCaseAtTheTable(residentId, "Mijn schulden groeien me boven het hoofd.");
    }

    @Test
    void theResidentDownloadsEverythingHeldAboutHerAsJson() {
        String self = Samenwerkwijze.resident(account);
        JsonPath file = as(self).accept("application/json").get(export(residentId)).then().statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .extract().jsonPath();

        assertThat(file.getString("resident.name")).isEqualTo("Annie Visser");
        assertThat(file.getList("network.name")).containsExactly("Joke (buurvrouw)");
        assertThat(file.getList("cases.case.question")).containsExactly("Mijn schulden groeien me boven het hoofd.");
        assertThat(file.getList("cases[0].intake.iWant")).containsExactly("Rust in mijn hoofd.");
        assertThat(file.getList("cases[0].mdos.status")).containsExactly("HELD");
        assertThat(file.getList("cases[0].mdos[0].participants.kind")).contains("RESIDENT");
        assertThat(file.getList("cases[0].plans.solution")).containsExactly("Budgetcoach van de gemeente");
        assertThat(file.getList("cases[0].agreements.what")).containsExactly("Samen de post openen");
        assertThat(file.getList("cases[0].consents.decision")).containsExactly("GIVEN");
        assertThat(file.getList("accessLog.action")).contains("case.open", "intake.record", "mdo.held");
        assertThat(file.getList("retention.record")).contains("access log");
        assertThat(file.getString("retention[0].period")).isEqualTo("P5Y");
        assertThat(file.getMap("resident")).doesNotContainKey("persistent");

        // Reading it is in her access log too.
        as(self).get("/api/wards/ruwaard/residents/" + residentId + "/access-log").then().statusCode(200)
                .body("action", org.hamcrest.Matchers.hasItem("resident.export"));
    }

    @Test
    void theResidentReadsItAsAPageAndNobodyElseDoes() {
        String page = as(Samenwerkwijze.resident(account)).accept("text/html").get(export(residentId)).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertThat(page).contains("Alles wat wij over u bewaren", "Annie Visser", "Mijn schulden groeien me boven het hoofd.",
                "Toestemming / Consent", "Wie keek of wijzigde");

        String neighbour = Samenwerkwijze.resident(Samenwerkwijze.uniqueAccount("buurman"));
        assertProblem(as(neighbour).get(export(residentId)).then(), 404);
        assertProblem(as(bram).get(export(residentId)).then(), 403);
        as(Tokens.coordinator()).accept("application/json").get(export(residentId)).then().statusCode(200);
    }

    @Test
    void theRetentionRunRemovesWhatIsPastItsTermAndNothingElse() throws SQLException {
        String oldResident = registerResident(bram, map("name", "Oud Dossier"));
        String oldCase = aCaseAtTheTable(oldResident, "Een oude vraag.");
        as(bram).body(map("reason", "GOALS_REACHED")).post(path(oldCase, "/close")).then().statusCode(200);
        as(bram).body(map("reason", "GOALS_REACHED")).post(path(caseId, "/close")).then().statusCode(200);
        UUID oldLine = UUID.randomUUID();
        UUID youngLine = UUID.randomUUID();
        sql("update case_file set closed_on = current_date - interval '16 years' where id = '" + oldCase + "'");
        sql("update resident set created_at = now() - interval '16 years' where id = '" + oldResident + "'");
        sql("insert into access_log (id, ward, at, actor, action, outcome, case_id) values ('" + oldLine
                + "', 'ruwaard', now() - interval '6 years', 'bram', 'case.read', 'GRANTED', '" + caseId + "')");
        sql("insert into access_log (id, ward, at, actor, action, outcome, case_id) values ('" + youngLine
                + "', 'ruwaard', now() - interval '4 years', 'bram', 'case.read', 'GRANTED', '" + caseId + "')");
        // The database keeps a line younger than five years whatever the service does.
        assertThatThrownBy(() -> sql("delete from access_log where id = '" + youngLine + "'")).hasMessageContaining("append-only");

        retention.run();

        assertThat(count("access_log where id = '" + oldLine + "'")).isZero();
        assertThat(count("access_log where id = '" + youngLine + "'")).isOne();
        assertThat(count("case_file where id = '" + oldCase + "'")).isZero();
        assertThat(count("mdo where case_id = '" + oldCase + "'")).isZero();
        assertThat(count("resident where id = '" + oldResident + "'")).isZero();
        // A case closed today and its resident stay.
        as(Tokens.coordinator()).get(path(caseId, "")).then().statusCode(200);
        as(bram).get("/api/wards/ruwaard/residents/" + residentId).then().statusCode(200);
        assertProblem(as(Tokens.coordinator()).get(path(oldCase, "")).then(), 404);
    }

    private String aCaseAtTheTable(String resident, String question) {
        String id = openCase(bram, resident, question, "INDIVIDUAL_AT_HOME", "HOUSING");
        recordIntake(bram, id, "Rust in mijn hoofd.", "Mijn post bijhouden.", "Hulp bij de schuldeisers.");
        String mdo = planMdoAtHome(bram, id, null, residentAtTable(resident));
        holdMdo(bram, id, mdo);
        agreePlan(bram, id, List.of("Schulden op een rij"), "Budgetcoach van de gemeente",
                agreement("Samen de post openen", "RESIDENT"));
        as(bram).body(map("kind", "FUNDING_RULE", "description", "Budgetcoach alleen met een beschikking"))
                .post(path(id, "/barriers")).then().statusCode(201);
        return id;
    }

    private static String export(String residentId) {
        return "/api/wards/ruwaard/residents/" + residentId + "/export";
    }

    private void sql(String statement) throws SQLException {
        try (var connection = dataSource.getConnection(); var s = connection.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private long count(String from) throws SQLException {
        try (var connection = dataSource.getConnection(); var s = connection.createStatement();
                var rows = s.executeQuery("select count(*) from " + from)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
