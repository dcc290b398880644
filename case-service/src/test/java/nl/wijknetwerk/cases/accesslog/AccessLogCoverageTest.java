package nl.wijknetwerk.cases.accesslog;

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
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.restassured.response.Response;
import nl.wijknetwerk.cases.Samenwerkwijze;
import io.quarkus.test.junit.QuarkusTest;

/**
 * NEN 7513: every operation that answers with a resident's data or text written at their case leaves a line in the
 * access log of that resident's case. Walks them all against one case and counts the log's lines for it.
 */
@QuarkusTest
class AccessLogCoverageTest {

    @Inject
    DataSource dataSource;

    @Test
    void everyOperationReturningResidentDataIsLogged() throws SQLException {
        Samenwerkwijze.wardsOnboarded();
        String bram = professional("bram", "brabantwonen");
        String account = Samenwerkwijze.uniqueAccount("hjansen");
        String residentId = registerResident(bram, map("name", "Henk Jansen", "street", "Schadewijkstraat 8", "account", account));
        Samenwerkwijze.addNetworkMember(bram, residentId, "Gerda (zus)", "FAMILY");
        String caseId = openCase(bram, residentId, "Ik zit alleen thuis sinds mijn vrouw overleed.", "GUIDED_TO_COLLECTIVE", "SOCIAL_NETWORK");
        recordIntake(bram, caseId, "Weer onder de mensen komen.", "Fietsen.", "Iemand die de eerste keer meegaat.");
        String mdo = planMdoAtHome(bram, caseId, null, residentAtTable(residentId));
        holdMdo(bram, caseId, mdo);
        agreePlan(bram, caseId, List.of("Twee keer per week naar het buurthuis"), "Fietsmaatje naar het buurthuis",
                agreement("Samen fietsen naar Ons Huis van de Wijk", "RESIDENT"));
        as(bram).body(map("kind", "PROTOCOL", "description", "Henk valt buiten de doelgroep van de fietsmaatjes"))
                .post(path(caseId, "/barriers")).then().statusCode(201);
        String manager = Samenwerkwijze.manager("mia", "gemeente-oss");
        String director = nl.wijknetwerk.testing.Tokens.token("dirk", "gemeente-oss", java.util.Set.of("director"),
                List.of(Samenwerkwijze.WARD));
        String self = Samenwerkwijze.resident(account);
        String residents = "/api/wards/" + Samenwerkwijze.WARD + "/residents/" + residentId;

        Map<String, Supplier<Response>> reads = new LinkedHashMap<>();
        reads.put("case", () -> as(bram).get(path(caseId, "")));
        reads.put("case list", () -> as(bram).get("/api/wards/ruwaard/cases"));
        reads.put("intake", () -> as(bram).get(path(caseId, "/intake")));
        reads.put("intake versions", () -> as(bram).get(path(caseId, "/intake/versions")));
        reads.put("MDOs", () -> as(bram).get(path(caseId, "/mdos")));
        reads.put("one MDO", () -> as(bram).get(path(caseId, "/mdos/" + mdo)));
        reads.put("plan", () -> as(bram).get(path(caseId, "/plan")));
        reads.put("plan version", () -> as(bram).get(path(caseId, "/plan/versions/1")));
        reads.put("barriers of the case", () -> as(bram).get(path(caseId, "/barriers")));
        reads.put("barriers of the ward (manager)", () -> as(manager).queryParam("size", 200).get("/api/wards/ruwaard/barriers"));
        reads.put("barriers of the ward (director)", () -> as(director).queryParam("size", 200).get("/api/wards/ruwaard/barriers"));
        reads.put("wellbeing", () -> as(bram).get(path(caseId, "/wellbeing")));
        reads.put("micro-analyses", () -> as(bram).get(path(caseId, "/micro-analysis")));
        reads.put("consents", () -> as(bram).get(path(caseId, "/consents")));
        reads.put("resident", () -> as(bram).get(residents));
        reads.put("resident's network", () -> as(bram).get(residents + "/network"));
        reads.put("access log", () -> as(self).get(residents + "/access-log"));

        for (var read : reads.entrySet()) {
            long before = linesAbout(caseId, residentId);
            Response answer = read.getValue().get();
            assertThat(answer.statusCode()).as(read.getKey()).isEqualTo(200);
            assertThat(linesAbout(caseId, residentId)).as(read.getKey() + " is in the access log").isGreaterThan(before);
        }
    }

    private long linesAbout(String caseId, String residentId) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select count(*) from access_log where case_id = ? or resident_id = ?")) {
            statement.setObject(1, UUID.fromString(caseId));
            statement.setObject(2, UUID.fromString(residentId));
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
