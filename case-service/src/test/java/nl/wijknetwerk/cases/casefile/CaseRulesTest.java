package nl.wijknetwerk.cases.casefile;

import static nl.wijknetwerk.cases.Samenwerkwijze.agreePlan;
import static nl.wijknetwerk.cases.Samenwerkwijze.agreement;
import static nl.wijknetwerk.cases.Samenwerkwijze.as;
import static nl.wijknetwerk.cases.Samenwerkwijze.caseOf;
import static nl.wijknetwerk.cases.Samenwerkwijze.eventsOf;
import static nl.wijknetwerk.cases.Samenwerkwijze.holdMdo;
import static nl.wijknetwerk.cases.Samenwerkwijze.map;
import static nl.wijknetwerk.cases.Samenwerkwijze.openCase;
import static nl.wijknetwerk.cases.Samenwerkwijze.path;
import static nl.wijknetwerk.cases.Samenwerkwijze.planMdoAtHome;
import static nl.wijknetwerk.cases.Samenwerkwijze.professional;
import static nl.wijknetwerk.cases.Samenwerkwijze.professionalAtTable;
import static nl.wijknetwerk.cases.Samenwerkwijze.registerResident;
import static nl.wijknetwerk.cases.Samenwerkwijze.residentAtTable;
import static nl.wijknetwerk.cases.Samenwerkwijze.today;
import static nl.wijknetwerk.cases.Samenwerkwijze.typesOf;
import static nl.wijknetwerk.testing.Problems.assertFieldProblem;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.wijknetwerk.cases.Samenwerkwijze;
import nl.wijknetwerk.shared.event.EventSchemas;
import nl.wijknetwerk.shared.event.EventTypes;

/** Bad input and illegal steps: each a problem+json naming what is wrong, and nothing written. */
@QuarkusTest
class CaseRulesTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private final String anna = professional("anna", "ons-welzijn");
    private String residentId;
    private String caseId;

    @BeforeEach
    void anOpenCase() {
        Samenwerkwijze.wardsOnboarded();
        residentId = registerResident(anna, map("name", "Fatma Yilmaz"));
        caseId = openCase(anna, residentId, "Ik wil meer mensen leren kennen.", "GUIDED_TO_COLLECTIVE", "SOCIAL_NETWORK");
    }

    @Test
    void anMdoWithoutTheResidentIsRefusedAndNothingIsPlanned() {
        Map<String, Object> body = map("plannedAt", today().atTime(10, 0).atZone(Samenwerkwijze.ZONE).toOffsetDateTime().toString(),
                "participants", List.of(professionalAtTable("anna", "ons-welzijn"), professionalAtTable("petra", "pantein")));
        assertFieldProblem(as(anna).body(body).post(path(caseId, "/mdos")).then(), 422, "participants");

        as(anna).get(path(caseId, "/mdos")).then().statusCode(200).body("size()", equalTo(0));
        assertThat(caseOf(anna, caseId).getString("status")).isEqualTo("OPEN");
        // The organisation that would have been invited was not let in either.
        assertProblem(as(professional("petra", "pantein")).get(path(caseId, "")).then(), 404);
    }

    @Test
    void anMdoAwayFromHomeNeedsAReason() {
        Map<String, Object> body = map("plannedAt", today().atTime(10, 0).atZone(Samenwerkwijze.ZONE).toOffsetDateTime().toString(),
                "place", "Ons Huis van de Wijk", "participants", List.of(residentAtTable(residentId)));
        assertFieldProblem(as(anna).body(body).post(path(caseId, "/mdos")).then(), 400, "placeReason")
                .body("errors[0].message", equalTo("an MDO away from the resident's home needs a reason"));
        // At the kitchen table the page asks in Dutch, and reads the same objection in Dutch under the same field.
        assertFieldProblem(as(anna).header("Accept-Language", "nl").body(body).post(path(caseId, "/mdos")).then(), 400, "placeReason")
                .body("errors[0].message", equalTo("een MDO buiten het huis van de bewoner heeft een reden nodig"));
        as(anna).get(path(caseId, "/mdos")).then().body("size()", equalTo(0));

        body.put("placeReason", "Mevrouw wil liever niet dat de buren zien wie er komt");
        as(anna).body(body).post(path(caseId, "/mdos")).then().statusCode(201)
                .body("atHome", equalTo(false)).body("place", equalTo("Ons Huis van de Wijk"));
    }

    @Test
    void anMdoIsHeldOnlyWithTheResidentPresentAndTheirConsent() {
        String mdo = planMdoAtHome(anna, caseId, null, residentAtTable(residentId));
        assertFieldProblem(as(anna).body(map("residentPresent", false, "consentToShare", true))
                .post(path(caseId, "/mdos/" + mdo + "/held")).then(), 422, "residentPresent");
        assertFieldProblem(as(anna).body(map("residentPresent", true, "consentToShare", false))
                .post(path(caseId, "/mdos/" + mdo + "/held")).then(), 422, "consentToShare");
        as(anna).get(path(caseId, "/mdos/" + mdo)).then().statusCode(200).body("status", equalTo("PLANNED"));
        // Without a held MDO there is no plan.
        assertProblem(as(anna).body(plan()).put(path(caseId, "/plan")).then(), 409);
        assertProblem(as(anna).get(path(caseId, "/plan")).then(), 404);
    }

    @Test
    void aPlanForAClosedCaseIsRefusedAndNothingIsWritten() {
        String mdo = planMdoAtHome(anna, caseId, null, residentAtTable(residentId));
        holdMdo(anna, caseId, mdo);
        as(anna).body(map("reason", "RESIDENT_WITHDREW")).post(path(caseId, "/close")).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closedOn", equalTo(today().toString()));

        assertProblem(as(anna).body(plan()).put(path(caseId, "/plan")).then(), 409);
        assertProblem(as(anna).get(path(caseId, "/plan")).then(), 404);
        assertThat(caseOf(anna, caseId).getString("status")).isEqualTo("CLOSED");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var events = eventsOf(kafka, caseId);
            assertThat(typesOf(events)).containsExactly(EventTypes.CASE_OPENED, EventTypes.MDO_PLANNED, EventTypes.MDO_HELD,
                    EventTypes.CASE_CLOSED);
            assertThat(events.get(3).path("data").path("reason").asText()).isEqualTo("RESIDENT_WITHDREW");
        });
    }

    @Test
    void illegalTransitionsAreConflictsAndLeaveTheCaseAsItWas() {
        assertProblem(as(anna).post(path(caseId, "/start")).then(), 409)
                .body("detail", equalTo("A case that is OPEN cannot be started"));
        // The case page asks in Dutch and shows why above the form, in Dutch.
        assertProblem(as(anna).header("Accept-Language", "nl").post(path(caseId, "/start")).then(), 409)
                .body("detail", equalTo("Een casus met status 'nieuw' kan niet worden gestart"));
        assertProblem(as(anna).post(path(caseId, "/reopen")).then(), 409);
        assertThat(caseOf(anna, caseId).getString("status")).isEqualTo("OPEN");

        as(anna).body(map("reason", "REFERRED")).post(path(caseId, "/close")).then().statusCode(200);
        assertProblem(as(anna).body(map("reason", "OTHER")).post(path(caseId, "/close")).then(), 409);
        assertProblem(as(anna).body(map("followUpOn", today().plusWeeks(6).toString())).post(path(caseId, "/decline")).then(), 409);
        assertProblem(as(anna).body(map("iWant", "a", "iCan", "b", "iNeed", "c")).put(path(caseId, "/intake")).then(), 409);
        assertProblem(as(anna).header("Accept-Language", "nl").body(map("iWant", "a", "iCan", "b", "iNeed", "c"))
                .put(path(caseId, "/intake")).then(), 409)
                .body("detail", equalTo("De casus is afgesloten: de intake kan niet meer veranderen"));
        var closed = caseOf(anna, caseId);
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getString("closeReason")).isEqualTo("REFERRED");
    }

    @Test
    void aResidentWhoWantsNothingIsNotLetGo() {
        assertFieldProblem(as(anna).body(map("followUpOn", today().toString())).post(path(caseId, "/decline")).then(),
                400, "followUpOn");
        String followUp = today().plusWeeks(6).toString();
        as(anna).body(map("followUpOn", followUp)).post(path(caseId, "/decline")).then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("followUpOn", equalTo(followUp));
        // Nothing happens meanwhile: no MDO for a declined case ...
        assertProblem(as(anna).body(map("plannedAt", today().atTime(10, 0).atZone(Samenwerkwijze.ZONE).toOffsetDateTime().toString(),
                "participants", List.of(residentAtTable(residentId)))).post(path(caseId, "/mdos")).then(), 409);
        // ... until the follow-up contact picks it up again.
        as(anna).post(path(caseId, "/reopen")).then().statusCode(200).body("status", equalTo("OPEN"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var declined = eventsOf(kafka, caseId).stream().filter(e -> EventTypes.CASE_DECLINED.equals(e.path("type").asText())).toList();
            assertThat(declined).hasSize(1);
            assertThat(EventSchemas.violations(declined.get(0))).isEmpty();
            assertThat(declined.get(0).path("data").path("followUpOn").asText()).isEqualTo(followUp);
        });
    }

    @Test
    void badCaseAndPlanInputNamesTheField() {
        assertFieldProblem(as(anna).body(map("kind", "INDIVIDUAL", "question", "Hulp nodig", "startedBy", "PROFESSIONAL",
                "residentId", java.util.UUID.randomUUID().toString())).post("/api/wards/ruwaard/cases").then(), 422, "residentId");
        // A case opened before its resident was registered gets them named later, once.
        String early = as(anna).body(map("kind", "INDIVIDUAL", "question", "Buurvrouw belde: mevrouw komt niet meer buiten",
                "startedBy", "PROFESSIONAL")).post("/api/wards/ruwaard/cases").then().statusCode(201).extract().path("id");
        as(anna).body(map("residentId", residentId)).put(path(early, "/resident")).then().statusCode(200)
                .body("residentId", equalTo(residentId));
        assertProblem(as(anna).body(map("residentId", registerResident(anna, map("name", "Iemand anders"))))
                .put(path(early, "/resident")).then(), 409);
        String mdo = planMdoAtHome(anna, caseId, null, residentAtTable(residentId));
        holdMdo(anna, caseId, mdo);
        Map<String, Object> bothFigures = plan();
        bothFigures.put("agreements", List.of(agreement("Taalcafé", "PROFESSIONAL", "organisation", "ons-welzijn",
                "provision", map("category", "COLLECTIVE_PROVISION", "amountCentsPerYear", 1000, "hoursPerYear", 2, "hourlyRateCents", 100))));
        assertFieldProblem(as(anna).body(bothFigures).put(path(caseId, "/plan")).then(), 400, "agreements[0].provision");
        Map<String, Object> strangerInNetwork = plan();
        strangerInNetwork.put("agreements", List.of(agreement("Gaat mee", "NETWORK_MEMBER", "networkMemberId",
                java.util.UUID.randomUUID().toString())));
        assertFieldProblem(as(anna).body(strangerInNetwork).put(path(caseId, "/plan")).then(), 422, "agreements[0].networkMemberId");
        assertProblem(as(anna).get(path(caseId, "/plan")).then(), 404);
        assertThat(caseOf(anna, caseId).getString("status")).isEqualTo("MDO_PLANNED");

        var agreed = agreePlan(anna, caseId, List.of("Mensen leren kennen"), "Meedoen met het taalcafé",
                agreement("Neemt Fatma mee naar het taalcafé", "PROFESSIONAL", "professionalId", "anna", "organisation", "ons-welzijn"));
        String id = agreed.getString("agreements[0].id");
        assertFieldProblem(as(anna).body(map()).post(path(caseId, "/plan/agreements/" + id + "/dropped")).then(), 400, "reason");
        as(anna).body(map("reason", "Fatma gaat zelf")).post(path(caseId, "/plan/agreements/" + id + "/dropped")).then()
                .statusCode(200).body("status", equalTo("DROPPED"));
        assertProblem(as(anna).body(map()).post(path(caseId, "/plan/agreements/" + id + "/done")).then(), 409);
    }

    private static Map<String, Object> plan() {
        return map("goals", List.of("Mensen leren kennen"), "solution", "Meedoen met het taalcafé",
                "agreements", List.of(agreement("Gaat mee naar het taalcafé", "RESIDENT")));
    }
}
