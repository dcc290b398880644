package nl.wijknetwerk.cases.partner;

import static nl.wijknetwerk.cases.Samenwerkwijze.agreePlan;
import static nl.wijknetwerk.cases.Samenwerkwijze.agreement;
import static nl.wijknetwerk.cases.Samenwerkwijze.amountAYear;
import static nl.wijknetwerk.cases.Samenwerkwijze.as;
import static nl.wijknetwerk.cases.Samenwerkwijze.holdMdo;
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
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.wijknetwerk.cases.Samenwerkwijze;
import nl.wijknetwerk.testing.Tokens;

/**
 * The partner API of case-service with tokens shaped as Keycloak's client-credentials tokens: a partner system sees
 * and carries out its own organisation's agreements, in the wards of its token, and nothing else.
 */
@QuarkusTest
class PartnerCaseApiTest {

    private static final String PARTNER = "/api/wards/ruwaard/partner-cases";

    @Inject
    DataSource dataSource;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private final String bram = professional("bram", "brabantwonen");
    private final String brabantwonen = Tokens.partnerSystem("brabantwonen", null, "ruwaard", "ussen");
    private final String ggz = Tokens.partnerSystem("ggz-oost-brabant", null, "ruwaard");
    private final String pantein = Tokens.partnerSystem("pantein", null, "ruwaard");

    private String caseId;
    private String housing;
    private String care;

    @BeforeEach
    void aPlanWithAgreementsForTwoOrganisations() {
        Samenwerkwijze.wardsOnboarded();
        String residentId = registerResident(bram, map("name", "Marloes van den Berg", "street", "Vijver 2"));
        caseId = openCase(bram, residentId, "Ik durf de straat niet meer op.", "INDIVIDUAL_AT_HOME", "SAFETY");
        recordIntake(bram, caseId, "Me weer veilig voelen.", "Boodschappen doen met iemand erbij.", "Iemand die meegaat.");
        String mdo = planMdoAtHome(bram, caseId, null, residentAtTable(residentId), professionalAtTable("bram", "brabantwonen"),
                professionalAtTable("dirk", "ggz-oost-brabant"));
        holdMdo(bram, caseId, mdo);
        JsonPath plan = agreePlan(bram, caseId, List.of("Weer veilig wonen"), "Een andere woning en begeleiding.",
                agreement("Urgentie en passende woning regelen", "PROFESSIONAL", "professionalId", "bram",
                        "organisation", "brabantwonen", "dueOn", Samenwerkwijze.today().plusMonths(3).toString()),
                agreement("Begeleiding bij wennen", "PROFESSIONAL", "professionalId", "dirk", "organisation", "ggz-oost-brabant",
                        "provision", amountAYear("MAATWERK", "ggz-oost-brabant", "ambulante begeleiding", 120000)),
                agreement("Zelf de buren leren kennen", "RESIDENT"));
        housing = plan.getString("agreements[0].id");
        care = plan.getString("agreements[1].id");
    }

    @Test
    void aPartnerSystemSeesItsOwnAgreementsAndNoPersonalData() {
        as(brabantwonen).get(PARTNER + "?size=200").then().statusCode(200)
                .body("findAll { it.caseId == '" + caseId + "' }.size()", equalTo(1));
        Map<String, Object> seen = as(brabantwonen).get(PARTNER + "/" + caseId).then().statusCode(200)
                .body("caseStatus", equalTo("PLAN_AGREED")).body("planVersion", equalTo(1))
                .body("agreements.agreementId", org.hamcrest.Matchers.contains(housing))
                .body("agreements[0].what", equalTo("Urgentie en passende woning regelen"))
                .body("agreements[0].status", equalTo("OPEN"))
                .extract().jsonPath().getMap("");
        // Only what the agreement needs: no resident, name, address, question or intake, no other organisation's part.
        assertThat(seen).containsOnlyKeys("caseId", "caseStatus", "planVersion", "agreements");
        String body = as(brabantwonen).get(PARTNER + "/" + caseId).then().extract().asString();
        assertThat(body).doesNotContain("Marloes", "Vijver", "durf de straat", "veilig voelen", "residentId", "Begeleiding bij wennen",
                "Zelf de buren");

        as(ggz).get(PARTNER + "/" + caseId).then().statusCode(200)
                .body("agreements.agreementId", org.hamcrest.Matchers.contains(care))
                .body("agreements[0].provision.yearlyCents", equalTo(120000));
    }

    @Test
    void aPartnerSystemCarriesOutItsOwnAgreements() {
        as(brabantwonen).body(map()).post(PARTNER + "/" + caseId + "/agreements/" + housing + "/done").then().statusCode(200)
                .body("status", equalTo("DONE")).body("completedOn", equalTo(Samenwerkwijze.today().toString()));
        assertProblem(as(brabantwonen).body(map()).post(PARTNER + "/" + caseId + "/agreements/" + housing + "/done").then(), 409);
        as(ggz).body(map("reason", "De bewoner heeft zelf een oplossing gevonden"))
                .post(PARTNER + "/" + caseId + "/agreements/" + care + "/dropped").then().statusCode(200)
                .body("status", equalTo("DROPPED"));
        // The professionals see the partner systems' changes in the plan.
        as(bram).get(path(caseId, "/plan")).then().statusCode(200)
                .body("agreements.status", org.hamcrest.Matchers.contains("DONE", "DROPPED", "OPEN"));
        // The events name the performing organisation, so its own system can be told (webhooks).
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                Samenwerkwijze.eventsOf(kafka, caseId)).filteredOn(e -> e.path("type").asText().contains("agreement-"))
                .extracting(e -> e.path("type").asText().replace("nl.wijknetwerk.case.", "") + " " + e.at("/data/organisationId").asText())
                .containsExactly("agreement-completed.v1 brabantwonen", "agreement-dropped.v1 ggz-oost-brabant"));
    }

    @Test
    void nothingOfAnotherOrganisationOrWardIsReachable() throws SQLException {
        // Another organisation's agreement, and a case the organisation has no agreement in: as if they did not exist.
        assertProblem(as(brabantwonen).body(map()).post(PARTNER + "/" + caseId + "/agreements/" + care + "/done").then(), 404);
        assertProblem(as(pantein).get(PARTNER + "/" + caseId).then(), 404);
        assertProblem(as(pantein).body(map()).post(PARTNER + "/" + caseId + "/agreements/" + housing + "/done").then(), 404);
        as(pantein).get(PARTNER).then().statusCode(200).body("findAll { it.caseId == '" + caseId + "' }.size()", equalTo(0));
        // Another ward: not in the token is 403; in the token, the case is not there.
        assertProblem(as(Tokens.partnerSystem("brabantwonen", null, "ussen")).get(PARTNER + "/" + caseId).then(), 403);
        assertProblem(as(brabantwonen).get("/api/wards/ussen/partner-cases/" + caseId).then(), 404);
        // Operations a partner system is not given: the professionals' case API, and a capability its token lacks.
        assertProblem(as(brabantwonen).get(path(caseId, "")).then(), 403);
        assertProblem(as(brabantwonen).get(path(caseId, "/plan")).then(), 403);
        assertProblem(as(brabantwonen).get("/api/wards/ruwaard/cases").then(), 403);
        assertProblem(as(brabantwonen).body(map()).post(path(caseId, "/plan/agreements/" + housing + "/done")).then(), 403);
        String readOnly = Tokens.partnerSystem("brabantwonen", "profile partner-cases", "ruwaard");
        as(readOnly).get(PARTNER + "/" + caseId).then().statusCode(200);
        assertProblem(as(readOnly).body(map()).post(PARTNER + "/" + caseId + "/agreements/" + housing + "/done").then(), 403);
        // A professional is not a partner system.
        assertProblem(as(bram).get(PARTNER).then(), 403);
        // Nothing changed.
        as(bram).get(path(caseId, "/plan")).then().body("agreements.status", org.hamcrest.Matchers.contains("OPEN", "OPEN", "OPEN"));

        assertThat(accessLog()).contains("service-account-partner-pantein pantein partner-system partner.case.read DENIED",
                "service-account-partner-brabantwonen brabantwonen partner-system partner.agreement.complete DENIED");
        // Refused before any case was touched (ward wall, operations not the partner API's): in the partner access log.
        assertThat(refusedBeforeTheOperation()).containsExactly(
                "brabantwonen partner-brabantwonen ruwaard partner.ward.refused GET " + PARTNER + "/" + caseId,
                "brabantwonen partner-brabantwonen ruwaard partner.operation.refused GET " + path(caseId, ""),
                "brabantwonen partner-brabantwonen ruwaard partner.operation.refused GET " + path(caseId, "/plan"),
                "brabantwonen partner-brabantwonen ruwaard partner.operation.refused POST " + path(caseId, "/plan/agreements/" + housing + "/done"));
    }

    private List<String> refusedBeforeTheOperation() throws SQLException {
        List<String> out = new ArrayList<>();
        try (var c = dataSource.getConnection(); var s = c.prepareStatement("select organisation, client_id, ward, action, subject "
                + "from partner_access_log where subject like ? and outcome = 'DENIED' order by at, id")) {
            s.setString(1, "%" + caseId + "%");
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4) + " " + rs.getString(5));
                }
            }
        }
        return out;
    }

    @Test
    void aWithdrawnConsentEndsWhatThePartnerSystemSees() {
        as(ggz).get(PARTNER + "/" + caseId).then().statusCode(200);
        as(bram).body(map("decision", "WITHDRAWN", "organisations", List.of("ggz-oost-brabant")))
                .post(path(caseId, "/consents")).then().statusCode(201);

        // Its agreement is still in the plan, but the resident no longer shares the case with the organisation.
        assertProblem(as(ggz).get(PARTNER + "/" + caseId).then(), 404);
        assertProblem(as(ggz).body(map()).post(PARTNER + "/" + caseId + "/agreements/" + care + "/done").then(), 404);
        as(ggz).get(PARTNER + "?size=200").then().statusCode(200)
                .body("findAll { it.caseId == '" + caseId + "' }.size()", equalTo(0));
    }

    @Test
    void anOrganisationOnlyInvitedToTheTableSeesNothingYet() {
        String residentId = registerResident(bram, map("name", "Kees Jansen"));
        String other = openCase(bram, residentId, "Schulden.", "INDIVIDUAL_AT_HOME", "FINANCES");
        planMdoAtHome(bram, other, null, residentAtTable(residentId), professionalAtTable("bram", "brabantwonen"));
        // No plan agreed yet, so no consent to share with its system: 404.
        assertProblem(as(brabantwonen).get(PARTNER + "/" + other).then(), 404);
    }

    @Test
    void everythingAPartnerSystemDoesIsInTheAccessLogAsThatOrganisationsSystem() throws SQLException {
        as(brabantwonen).get(PARTNER + "/" + caseId).then().statusCode(200);
        as(brabantwonen).body(map()).post(PARTNER + "/" + caseId + "/agreements/" + housing + "/done").then().statusCode(200);
        assertThat(accessLog()).containsSubsequence(
                "service-account-partner-brabantwonen brabantwonen partner-system partner.case.read GRANTED",
                "service-account-partner-brabantwonen brabantwonen partner-system partner.agreement.complete GRANTED");
    }

    private List<String> accessLog() throws SQLException {
        List<String> out = new ArrayList<>();
        try (var c = dataSource.getConnection(); var s = c.prepareStatement(
                "select actor, organisation, actor_role, action, outcome from access_log where case_id = ?::uuid order by at, id")) {
            s.setString(1, caseId);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4) + " " + rs.getString(5));
                }
            }
        }
        return out;
    }
}
