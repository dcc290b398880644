package nl.wijknetwerk.cases.consent;

import static nl.wijknetwerk.cases.Samenwerkwijze.as;
import static nl.wijknetwerk.cases.Samenwerkwijze.eventsOf;
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
import static nl.wijknetwerk.cases.Samenwerkwijze.typesOf;
import static nl.wijknetwerk.testing.Problems.assertFieldProblem;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import nl.wijknetwerk.cases.Samenwerkwijze;
import nl.wijknetwerk.shared.event.EventSchemas;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.event.Topics;
import nl.wijknetwerk.testing.TestEvents;

/**
 * Consent before sharing: an organisation invited to a planned MDO sees the meeting, not the case, until the
 * resident consents; refusal, withdrawal, a cancelled table and leaving the ward end what it saw.
 */
@QuarkusTest
class ConsentTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private final String bram = professional("bram", "brabantwonen");
    private final String petra = professional("petra", "pantein");
    private final String ingrid = professional("ingrid", "interzorg");

    private String account;
    private String residentId;
    private String caseId;

    @BeforeEach
    void aCaseOpenedByTheHousingCorporation() {
        Samenwerkwijze.wardsOnboarded();
        account = Samenwerkwijze.uniqueAccount("jdevries");
        residentId = registerResident(bram, map("name", "Jannie de Vries", "street", "Molenstraat 3", "account", account));
        caseId = openCase(bram, residentId, "Ik kan de trap niet meer op en durf niet om hulp te vragen.", "INDIVIDUAL_AT_HOME", "HEALTH");
        recordIntake(bram, caseId, "Thuis blijven wonen.", "Koken voor mezelf.", "Hulp bij de trap.");
    }

    @Test
    void anInvitedOrganisationSeesOnlyTheMeetingUntilTheResidentConsents() {
        String mdo = planMdoAtHome(bram, caseId, null, residentAtTable(residentId), professionalAtTable("petra", "pantein"));

        // What petra needs to come: when, where, who invites; nothing about the resident or her question.
        assertProblem(as(petra).get(path(caseId, "")).then(), 404);
        assertProblem(as(petra).get(path(caseId, "/intake")).then(), 404);
        assertProblem(as(petra).get("/api/wards/ruwaard/residents/" + residentId).then(), 404);
        assertProblem(as(petra).get(path(caseId, "/consents")).then(), 404);
        as(petra).get("/api/wards/ruwaard/cases").then().statusCode(200).body("id", not(hasItem(caseId)));
        String invitation = as(petra).get(path(caseId, "/mdos")).then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].id", equalTo(mdo)).body("[0].atHome", equalTo(true))
                .body("[0].organiserId", equalTo("bram")).body("[0].participants.kind", not(hasItem("RESIDENT")))
                .body("[0].participants[0].residentId", nullValue())
                .extract().asString();
        assertThat(invitation).doesNotContain(residentId, "Jannie", "Molenstraat", "trap");
        as(petra).get(path(caseId, "/mdos/" + mdo)).then().statusCode(200).body("organiserId", equalTo("bram"));
        // The organiser sees the whole table, the resident included.
        as(bram).get(path(caseId, "/mdos/" + mdo)).then().statusCode(200).body("participants.kind", hasItem("RESIDENT"));
        as(bram).get(path(caseId, "")).then().statusCode(200).body("sharedWith", contains("brabantwonen"));

        // The resident consents to share with pantein: petra reads the case from now on.
        String consent = as(bram).body(map("decision", "GIVEN", "organisations", List.of("pantein"), "mdoId", mdo))
                .post(path(caseId, "/consents")).then().statusCode(201)
                .body("decision", equalTo("GIVEN")).body("recordedBy", equalTo("bram")).body("decidedBy", equalTo("RESIDENT"))
                .extract().path("id");
        as(petra).get(path(caseId, "/intake")).then().statusCode(200).body("iWant", equalTo("Thuis blijven wonen."));
        as(petra).get("/api/wards/ruwaard/residents/" + residentId).then().statusCode(200).body("name", equalTo("Jannie de Vries"));
        as(petra).get(path(caseId, "/mdos")).then().statusCode(200).body("[0].participants.kind", hasItem("RESIDENT"));
        as(bram).get(path(caseId, "")).then().statusCode(200).body("sharedWith", contains("brabantwonen", "pantein"));

        // The resident withdraws it herself: access ends at once, the meeting included.
        String self = Samenwerkwijze.resident(account);
        as(self).body(map("decision", "WITHDRAWN", "organisations", List.of("pantein")))
                .post(path(caseId, "/consents")).then().statusCode(201).body("recordedBy", equalTo(account));
        assertProblem(as(petra).get(path(caseId, "")).then(), 404);
        assertProblem(as(petra).get(path(caseId, "/mdos")).then(), 404);
        assertProblem(as(petra).get("/api/wards/ruwaard/residents/" + residentId).then(), 404);
        as(self).get(path(caseId, "/consents")).then().statusCode(200)
                .body("decisions.decision", contains("GIVEN", "WITHDRAWN"))
                .body("sharing.find { it.organisation == 'pantein' }.scope", equalTo("NONE"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> events = eventsOf(kafka, caseId).stream()
                    .filter(e -> EventTypes.CONSENT_RECORDED.equals(e.path("type").asText())).toList();
            assertThat(events).extracting(e -> e.path("data").path("decision").asText()).containsExactly("GIVEN", "WITHDRAWN");
            assertThat(events.get(0).path("data").path("consentId").asText()).isEqualTo(consent);
            events.forEach(e -> assertThat(EventSchemas.violations(e)).isEmpty());
            assertThat(events.toString()).doesNotContain("Jannie", "Molenstraat", "trap", residentId);
        });
    }

    @Test
    void consentAtTheHeldTableIsRecordedAndARefusalKeepsAnOrganisationOut() {
        String mdo = planMdoAtHome(bram, caseId, null, residentAtTable(residentId), professionalAtTable("petra", "pantein"),
                professionalAtTable("ingrid", "interzorg"));
        as(bram).body(map("decision", "REFUSED", "organisations", List.of("interzorg")))
                .post(path(caseId, "/consents")).then().statusCode(201);
        assertProblem(as(ingrid).get(path(caseId, "/mdos")).then(), 404);

        holdMdo(bram, caseId, mdo);
        as(petra).get(path(caseId, "")).then().statusCode(200).body("sharedWith", containsInAnyOrder("brabantwonen", "pantein", "interzorg"));
        as(bram).get(path(caseId, "/consents")).then().statusCode(200)
                .body("decisions.decision", contains("REFUSED", "GIVEN"))
                .body("decisions[1].mdoId", equalTo(mdo))
                .body("decisions[1].organisations", containsInAnyOrder("brabantwonen", "pantein", "interzorg"));
    }

    @Test
    void aCancelledTableEndsWhatTheInvitationGave() {
        String mdo = planMdoAtHome(bram, caseId, null, residentAtTable(residentId), professionalAtTable("petra", "pantein"));
        as(petra).get(path(caseId, "/mdos")).then().statusCode(200);
        as(bram).post(path(caseId, "/mdos/" + mdo + "/cancel")).then().statusCode(200).body("status", equalTo("CANCELLED"));
        assertProblem(as(petra).get(path(caseId, "/mdos")).then(), 404);
        assertProblem(as(bram).post(path(caseId, "/mdos/" + mdo + "/cancel")).then(), 409);
        assertProblem(as(bram).body(map("heldOn", Samenwerkwijze.today().toString(), "residentPresent", true, "consentToShare", true))
                .post(path(caseId, "/mdos/" + mdo + "/held")).then(), 409);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(typesOf(eventsOf(kafka, caseId)))
                .contains(EventTypes.MDO_CANCELLED));
    }

    @Test
    void anOrganisationLeavingTheWardSeesNoneOfItsCasesAnyMore() {
        String umut = professional("umut", "unik");
        String mdo = planMdoAtHome(bram, caseId, null, residentAtTable(residentId), professionalAtTable("umut", "unik"));
        holdMdo(bram, caseId, mdo);
        as(umut).get(path(caseId, "")).then().statusCode(200);

        TestEvents.publish(Topics.NETWORK, EventTypes.ORGANISATION_LEFT, "ruwaard", "unik",
                "{\"organisationId\": \"unik\", \"until\": \"" + Samenwerkwijze.today() + "\"}");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertProblem(as(umut).get(path(caseId, "")).then(), 404));
        assertProblem(as(umut).get("/api/wards/ruwaard/residents/" + residentId).then(), 404);
        as(bram).get(path(caseId, "/consents")).then().statusCode(200)
                .body("sharing.find { it.organisation == 'unik' }.leftWardOn", equalTo(Samenwerkwijze.today().toString()));
    }

    @Test
    void aConsentNamesOrganisationsAndADayThatCanBeTrue() {
        assertFieldProblem(as(bram).body(map("decision", "GIVEN", "organisations", List.of())).post(path(caseId, "/consents")).then(),
                400, "organisations");
        assertFieldProblem(as(bram).body(map("decision", "GIVEN", "organisations", List.of("pantein"),
                "decidedOn", Samenwerkwijze.today().plusDays(1).toString())).post(path(caseId, "/consents")).then(), 400, "decidedOn");
        // Someone who does not see the case cannot record anything about it.
        assertProblem(as(petra).body(map("decision", "GIVEN", "organisations", List.of("pantein")))
                .post(path(caseId, "/consents")).then(), 404);
        as(bram).get(path(caseId, "/consents")).then().statusCode(200).body("decisions.size()", equalTo(0));
    }
}
