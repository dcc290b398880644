package nl.wijknetwerk.cases;

import static nl.wijknetwerk.cases.Samenwerkwijze.aanjagerAtTable;
import static nl.wijknetwerk.cases.Samenwerkwijze.addNetworkMember;
import static nl.wijknetwerk.cases.Samenwerkwijze.agreePlan;
import static nl.wijknetwerk.cases.Samenwerkwijze.agreement;
import static nl.wijknetwerk.cases.Samenwerkwijze.amountAYear;
import static nl.wijknetwerk.cases.Samenwerkwijze.as;
import static nl.wijknetwerk.cases.Samenwerkwijze.caseOf;
import static nl.wijknetwerk.cases.Samenwerkwijze.eventsOf;
import static nl.wijknetwerk.cases.Samenwerkwijze.holdMdo;
import static nl.wijknetwerk.cases.Samenwerkwijze.hoursAYear;
import static nl.wijknetwerk.cases.Samenwerkwijze.map;
import static nl.wijknetwerk.cases.Samenwerkwijze.networkMemberAtTable;
import static nl.wijknetwerk.cases.Samenwerkwijze.openCase;
import static nl.wijknetwerk.cases.Samenwerkwijze.path;
import static nl.wijknetwerk.cases.Samenwerkwijze.planMdoAtHome;
import static nl.wijknetwerk.cases.Samenwerkwijze.professional;
import static nl.wijknetwerk.cases.Samenwerkwijze.professionalAtTable;
import static nl.wijknetwerk.cases.Samenwerkwijze.pseudonymOf;
import static nl.wijknetwerk.cases.Samenwerkwijze.recordIntake;
import static nl.wijknetwerk.cases.Samenwerkwijze.registerResident;
import static nl.wijknetwerk.cases.Samenwerkwijze.residentAtTable;
import static nl.wijknetwerk.cases.Samenwerkwijze.today;
import static nl.wijknetwerk.cases.Samenwerkwijze.typesOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.wijknetwerk.shared.event.EventSchemas;
import nl.wijknetwerk.shared.event.EventTypes;

/**
 * The two cases of the sources, replayed end to end through the API: intake, an MDO at home with the resident
 * present, a Samenwerkplan with agreements and funded provisions. Each replay is a helper that returns what later
 * steps (wellbeing, micro-analysis) need, so the story can be extended.
 */
@QuarkusTest
class SamenwerkwijzeReplayTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    /** What a replay leaves behind for the steps that follow. */
    record Replayed(String residentId, String account, String caseId, String mdoId, String opener, JsonPath plan) {
    }

    @BeforeEach
    void wards() {
        Samenwerkwijze.wardsOnboarded();
    }

    /**
     * (a) A couple with neighbour trouble who want to live somewhere quieter: housing (BrabantWonen) and care for
     * people with a disability (Interzorg); the housing corporation arranges the move.
     */
    static Replayed neighbourTroubleMove() {
        String bram = professional("bram", "brabantwonen");
        String account = Samenwerkwijze.uniqueAccount("ybakker");
        String resident = registerResident(bram, map("name", "Yvonne Bakker", "phone", "0412-640123",
                "street", "Kantsingel 14", "postalCode", "5341 KB", "city", "Oss", "dateOfBirth", "1979-06-11",
                "household", "Couple; he has a mild intellectual disability", "householdSize", 2, "account", account));
        String partner = addNetworkMember(bram, resident, "Ruud Bakker", "PARTNER");
        String brother = addNetworkMember(bram, resident, "Henk (brother)", "FAMILY");
        String caseId = openCase(bram, resident, "Wij worden gek van de burenruzie en willen verhuizen naar een rustigere buurt.",
                "INDIVIDUAL_AT_HOME", "HOUSING", "MENTAL_HEALTH", "SAFETY");
        assertThat(recordIntake(bram, caseId, "Weer rustig kunnen slapen, ergens anders wonen.",
                "Zelf inpakken en de nieuwe woning inrichten; Ruud kan klussen.",
                "Een woning in een rustige straat en iemand die Ruud helpt wennen.")).isEqualTo(1);
        assertThat(recordIntake(bram, caseId, "Weer rustig kunnen slapen, weg uit deze flat.",
                "Zelf inpakken en de nieuwe woning inrichten; Ruud kan klussen.",
                "Een benedenwoning in een rustige straat en iemand die Ruud helpt wennen.")).isEqualTo(2);
        String mdo = planMdoAtHome(bram, caseId, "anouk", residentAtTable(resident), networkMemberAtTable(partner),
                professionalAtTable("bram", "brabantwonen"), professionalAtTable("iris", "interzorg"),
                aanjagerAtTable("anouk", "ons-welzijn"));
        holdMdo(bram, caseId, mdo);
        JsonPath plan = agreePlan(bram, caseId, List.of("Rustig wonen in een andere buurt", "Ruud voelt zich thuis in de nieuwe buurt"),
                "Verhuizen naar een benedenwoning in een rustige straat; begeleiding van Ruud bij het wennen, alsof er geen regels waren.",
                agreement("Passende woning toewijzen met voorrang en de verhuizing regelen", "PROFESSIONAL",
                        "professionalId", "bram", "organisation", "brabantwonen", "dueOn", today().plusMonths(3).toString()),
                agreement("Begeleiding van Ruud bij het wennen in de nieuwe buurt", "PROFESSIONAL", "professionalId", "iris",
                        "organisation", "interzorg", "dueOn", today().plusMonths(6).toString(),
                        "provision", hoursAYear("MAATWERK", "interzorg", "ambulante begeleiding", "52", 6450)),
                agreement("Dozen inpakken en de oude woning leeg opleveren", "RESIDENT"),
                agreement("Helpt met de verhuizing", "NETWORK_MEMBER", "networkMemberId", brother));
        as(bram).post(path(caseId, "/start")).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        return new Replayed(resident, account, caseId, mdo, bram, plan);
    }

    /**
     * (b) An older couple who lost grip on their household: household help every week, a stairlift, and the
     * husband teaching Dutch 24 hours a week at the community centre; later the support tapers off.
     */
    static Replayed olderCoupleHousehold() {
        String anna = professional("anna", "ons-welzijn");
        String account = Samenwerkwijze.uniqueAccount("gvdheuvel");
        String resident = registerResident(anna, map("name", "Gerrit van den Heuvel", "street", "Ussenstraat 3",
                "postalCode", "5345 AA", "city", "Oss", "dateOfBirth", "1944-09-30",
                "household", "Married couple, both over 80", "householdSize", 2, "account", account));
        String wife = addNetworkMember(anna, resident, "Truus van den Heuvel", "PARTNER");
        String caseId = openCase(anna, resident, "Het huishouden lukt ons niet meer en de trap wordt te zwaar.",
                "INDIVIDUAL_AT_HOME", "HOUSING", "HEALTH", "DAYTIME_ACTIVITY");
        recordIntake(anna, caseId, "Samen in ons eigen huis blijven wonen en iets betekenen voor anderen.",
                "Ik was leraar: ik kan Nederlandse les geven. Truus kan nog koken.",
                "Hulp bij het schoonmaken en een traplift.");
        String mdo = planMdoAtHome(anna, caseId, null, residentAtTable(resident), networkMemberAtTable(wife),
                professionalAtTable("anna", "ons-welzijn"), professionalAtTable("sandra", "brabantzorg"),
                professionalAtTable("wmo-erik", "gemeente-oss"));
        holdMdo(anna, caseId, mdo);
        JsonPath plan = agreePlan(anna, caseId, List.of("Zelfstandig thuis blijven wonen", "Zinvolle daginvulling voor Gerrit"),
                "Wekelijkse huishoudelijke hulp, een traplift, en Gerrit geeft Nederlandse les in het buurthuis.",
                agreement("Huishoudelijke hulp, twee uur per week", "PROFESSIONAL", "professionalId", "sandra",
                        "organisation", "brabantzorg", "provision", hoursAYear("MAATWERK", "brabantzorg", "huishoudelijke hulp", "104", 3150)),
                agreement("Traplift laten plaatsen", "PROFESSIONAL", "professionalId", "wmo-erik", "organisation", "gemeente-oss",
                        "dueOn", today().plusWeeks(8).toString(),
                        "provision", amountAYear("MAATWERK", "gemeente-oss", "traplift", 485_000)),
                agreement("Nederlandse les geven in het buurthuis, 24 uur per week", "RESIDENT"),
                agreement("Koken voor de twee", "NETWORK_MEMBER", "networkMemberId", wife));
        as(anna).post(path(caseId, "/start")).then().statusCode(200);
        return new Replayed(resident, account, caseId, mdo, anna, plan);
    }

    @Test
    void neighbourTroubleEndsInAMoveArrangedAtTheKitchenTable() {
        Replayed a = neighbourTroubleMove();

        assertThat(a.plan().getInt("version")).isEqualTo(1);
        assertThat(a.plan().getList("agreements")).hasSize(4);
        // 52 hours a year at EUR 64.50
        assertThat(a.plan().getLong("fundedCentsPerYear")).isEqualTo(335_400L);
        JsonPath c = caseOf(a.opener(), a.caseId());
        assertThat(c.getString("status")).isEqualTo("IN_PROGRESS");

        // The housing corporation found the house: the first agreement is done, on time.
        String housing = a.plan().getString("agreements[0].id");
        as(a.opener()).body(map()).post(path(a.caseId(), "/plan/agreements/" + housing + "/done"))
                .then().statusCode(200).body("status", equalTo("DONE"));

        // The organisations at the table read the case now; the MDO was at home with the resident and a supporter.
        as(professional("iris", "interzorg")).get(path(a.caseId(), "/plan")).then().statusCode(200)
                .body("agreements[0].status", equalTo("DONE"));
        JsonPath mdo = as(a.opener()).get(path(a.caseId(), "/mdos/" + a.mdoId())).then().statusCode(200).extract().jsonPath();
        assertThat(mdo.getBoolean("atHome")).isTrue();
        assertThat(mdo.getString("supportedBy")).isEqualTo("anouk");
        assertThat(mdo.getString("status")).isEqualTo("HELD");
        assertThat(as(a.opener()).get(path(a.caseId(), "/intake/versions")).then().statusCode(200)
                .extract().jsonPath().getList("version")).containsExactly(1, 2);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> events = eventsOf(kafka, a.caseId());
            assertThat(typesOf(events)).containsExactly(EventTypes.CASE_OPENED, EventTypes.INTAKE_RECORDED,
                    EventTypes.INTAKE_RECORDED, EventTypes.MDO_PLANNED, EventTypes.MDO_HELD, EventTypes.PLAN_AGREED,
                    EventTypes.AGREEMENT_COMPLETED);
            events.forEach(e -> assertThat(EventSchemas.violations(e)).as(e.path("type").asText()).isEmpty());
            String pseudonym = pseudonymOf(a.opener(), a.residentId());
            assertThat(events.get(0).path("data").path("residentPseudonym").asText()).isEqualTo(pseudonym);
            JsonNode held = events.get(4).path("data");
            assertThat(held.path("organisations")).extracting(JsonNode::asText)
                    .containsExactly("brabantwonen", "interzorg", "ons-welzijn");
            assertThat(held.path("networkMembers").asInt()).isEqualTo(1);
            assertThat(held.path("supportedBy").asText()).isEqualTo("anouk");
            JsonNode funded = events.get(5).path("data").path("agreements").get(1).path("provision");
            assertThat(funded.path("hoursPerYear").decimalValue()).isEqualByComparingTo("52");
            assertThat(funded.path("hourlyRateCents").asLong()).isEqualTo(6450);
            assertThat(events.get(6).path("data").path("onTime").asBoolean()).isTrue();
            String all = events.toString();
            assertThat(all).doesNotContain("Bakker", "Kantsingel", "burenruzie", "0412", "rustig");
        });
    }

    @Test
    void theOlderCoupleGetsHelpThatTapersOffInASecondPlanVersion() {
        Replayed b = olderCoupleHousehold();

        // 104 hours at EUR 31.50 plus a stairlift at EUR 4,850 a year
        assertThat(b.plan().getLong("fundedCentsPerYear")).isEqualTo(327_600L + 485_000L);
        String householdHelp = b.plan().getString("agreements[0].id");
        String stairlift = b.plan().getString("agreements[1].id");
        as(b.opener()).body(map()).post(path(b.caseId(), "/plan/agreements/" + stairlift + "/done")).then().statusCode(200);

        // Half a year on, Gerrit and Truus manage more themselves: household help halves, the rest carries on.
        JsonPath v2 = agreePlan(b.opener(), b.caseId(), List.of("Zelfstandig thuis blijven wonen", "Zinvolle daginvulling voor Gerrit"),
                "Minder huishoudelijke hulp nu het beter gaat; Gerrit blijft lesgeven.",
                agreement("Huishoudelijke hulp, één uur per week", "PROFESSIONAL", "professionalId", "sandra",
                        "organisation", "brabantzorg", "provision", hoursAYear("MAATWERK", "brabantzorg", "huishoudelijke hulp", "52", 3150)),
                agreement("Nederlandse les geven in het buurthuis, 24 uur per week", "RESIDENT"));
        assertThat(v2.getInt("version")).isEqualTo(2);
        assertThat(v2.getLong("fundedCentsPerYear")).isEqualTo(163_800L);

        JsonPath v1 = as(b.opener()).get(path(b.caseId(), "/plan/versions/1")).then().statusCode(200).extract().jsonPath();
        assertThat(v1.getList("agreements.status")).containsExactly("SUPERSEDED", "DONE", "SUPERSEDED", "SUPERSEDED");
        assertThat(caseOf(b.opener(), b.caseId()).getString("status")).isEqualTo("IN_PROGRESS");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> events = eventsOf(kafka, b.caseId());
            assertThat(typesOf(events)).containsExactly(EventTypes.CASE_OPENED, EventTypes.INTAKE_RECORDED,
                    EventTypes.MDO_PLANNED, EventTypes.MDO_HELD, EventTypes.PLAN_AGREED, EventTypes.AGREEMENT_COMPLETED,
                    EventTypes.AGREEMENT_DROPPED, EventTypes.AGREEMENT_DROPPED, EventTypes.AGREEMENT_DROPPED,
                    EventTypes.PLAN_AGREED);
            events.forEach(e -> assertThat(EventSchemas.violations(e)).as(e.path("type").asText()).isEmpty());
            // The superseded household help is released; the stairlift, already done, is not.
            assertThat(events.subList(6, 9)).extracting(e -> e.path("data").path("agreementId").asText())
                    .contains(householdHelp).doesNotContain(stairlift);
            JsonNode stairliftProvision = events.get(4).path("data").path("agreements").get(1).path("provision");
            assertThat(stairliftProvision.path("amountCentsPerYear").asLong()).isEqualTo(485_000L);
            assertThat(events.get(9).path("data").path("planVersion").asInt()).isEqualTo(2);
            assertThat(events.toString()).doesNotContain("Heuvel", "Ussenstraat", "huishouden");
        });
    }

    @Test
    void theResidentReadsTheirOwnCaseAndSeesWhoLookedAtIt() {
        Replayed a = neighbourTroubleMove();
        String yvonne = Samenwerkwijze.resident(a.account());
        as(yvonne).get(path(a.caseId(), "")).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        as(yvonne).get(path(a.caseId(), "/plan")).then().statusCode(200).body("version", equalTo(1));

        List<Map<String, Object>> log = as(yvonne).get("/api/wards/ruwaard/residents/" + a.residentId() + "/access-log")
                .then().statusCode(200).extract().jsonPath().getList("");
        assertThat(log).extracting(e -> e.get("actor") + " " + e.get("action") + " " + e.get("outcome"))
                .contains("bram resident.register GRANTED", "bram case.open GRANTED", "bram plan.agree GRANTED",
                        a.account() + " case.read GRANTED", a.account() + " plan.read GRANTED");
        assertThat(log).filteredOn(e -> "case.open".equals(e.get("action")))
                .extracting(e -> e.get("organisation")).containsExactly("brabantwonen");
    }
}
