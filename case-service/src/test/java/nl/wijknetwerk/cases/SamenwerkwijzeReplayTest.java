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
        nl.wijknetwerk.cases.wellbeing.CaseFixture.demoPriceList();
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

    // Wellbeing at T0, T1 and T2 and the micro-analysis, on top of the replays. The story is compressed into one day
    // here; the schedule of each moment is checked against the plan date.

    private static void recordWellbeing(String token, String caseId, String moment, int score) {
        as(token).body(map("moment", moment, "score", score)).post(path(caseId, "/wellbeing"))
                .then().log().ifValidationFails().statusCode(201).body("score", equalTo(score));
    }

    private static JsonPath analyse(String token, String caseId, String body) {
        return as(token).body(body).post(path(caseId, "/micro-analysis"))
                .then().log().ifValidationFails().statusCode(201).extract().jsonPath();
    }

    @Test
    void theCoupleWhoMovedScoreTheirWellbeingFromThreeToEightAndTheMovePaysOffAgainstDoingNothing() {
        Replayed a = neighbourTroubleMove();
        String yvonne = Samenwerkwijze.resident(a.account());
        // Yvonne scores herself; T0 on the day the plan was agreed still counts as "before the solution".
        recordWellbeing(yvonne, a.caseId(), "T0", 3);
        recordWellbeing(a.opener(), a.caseId(), "T1", 7);
        recordWellbeing(yvonne, a.caseId(), "T2", 8);
        as(a.opener()).get(path(a.caseId(), "/wellbeing")).then().statusCode(200)
                .body("planAgreedOn", equalTo(today().toString()))
                .body("schedule[1].dueFrom", equalTo(today().plusWeeks(6).toString()))
                .body("schedule[2].overdueAfter", equalTo(today().plusMonths(12).toString()))
                .body("change", equalTo(5));

        JsonPath analysis = analyse(a.opener(), a.caseId(), """
                {"edition": "2024-demo", "scenarios": {
                  "current": [{"item": "WON-OVERLAST-UUR", "quantityPerYear": 40}, {"item": "OV-WIJKAGENT-UUR", "quantityPerYear": 12},
                              {"item": "ZVW-HA-CONSULT", "quantityPerYear": 10}, {"item": "WZ-BUURTBEMIDDELING", "quantityPerYear": 1}],
                  "doNothing": [{"item": "ZVW-GGZ-CRISIS", "quantityPerYear": 2}, {"item": "ZVW-GGZ-UUR", "quantityPerYear": 40},
                                {"item": "WLZ-VG-DAG", "quantityPerYear": 365}, {"item": "OV-WIJKAGENT-UUR", "quantityPerYear": 30},
                                {"item": "WON-OVERLAST-UUR", "quantityPerYear": 80}],
                  "chosen": [{"item": "WON-URGENTIE", "quantityPerYear": 1}, {"item": "WMO-VERHUIS", "quantityPerYear": 1},
                             {"item": "WMO-BG-UUR", "quantityPerYear": 52}, {"item": "ZVW-HA-CONSULT", "quantityPerYear": 4}]}}""");
        // current: 40 h × 65.00 + 12 h × 76.00 + 10 × 11.71 + 1 × 1,100.00
        assertThat(analysis.getLong("current.totalCents")).isEqualTo(260_000 + 91_200 + 11_710 + 110_000);
        // do nothing: 2 × 1,250.00 + 40 h × 115.00 + 365 days × 215.00 (Ruud in residential care) + 30 h × 76.00 + 80 h × 65.00
        assertThat(analysis.getLong("doNothing.totalCents")).isEqualTo(9_305_500);
        // chosen: 2,400.00 + 2,500.00 + 52 h × 68.50 + 4 × 11.71
        assertThat(analysis.getLong("chosen.totalCents")).isEqualTo(850_884);
        assertThat(analysis.getMap("chosen.byDomainCents")).containsEntry("HOUSING", 240_000).containsEntry("WMO", 606_200)
                .containsEntry("ZVW", 4_684);
        // A new case costs more after the MDO than before; the saving is against doing nothing.
        assertThat(analysis.getLong("savingsVsCurrentCents")).isEqualTo(472_910 - 850_884);
        assertThat(analysis.getLong("savingsVsDoNothingCents")).isEqualTo(8_454_616);

        String pseudonym = pseudonymOf(a.opener(), a.residentId());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> events = eventsOf(kafka, a.caseId());
            List<JsonNode> wellbeing = events.stream().filter(e -> e.path("type").asText().equals(EventTypes.WELLBEING_MEASURED)).toList();
            assertThat(wellbeing).extracting(e -> e.path("data").path("moment").asText() + "=" + e.path("data").path("score").asInt())
                    .containsExactly("T0=3", "T1=7", "T2=8");
            assertThat(wellbeing).allSatisfy(e -> assertThat(e.path("data").path("residentPseudonym").asText()).isEqualTo(pseudonym));
            JsonNode completed = events.get(events.size() - 1);
            assertThat(completed.path("type").asText()).isEqualTo(EventTypes.MICRO_ANALYSIS_COMPLETED);
            assertThat(completed.path("data").path("savingsVsDoNothingCents").asLong()).isEqualTo(8_454_616);
            assertThat(completed.path("data").path("byDomain").path("doNothing").path("WLZ").asLong()).isEqualTo(7_847_500);
            events.forEach(e -> assertThat(EventSchemas.violations(e)).as(e.path("type").asText()).isEmpty());
            assertThat(events.toString()).doesNotContain("Bakker", "Kantsingel");
        });
        List<Map<String, Object>> log = as(yvonne).get("/api/wards/ruwaard/residents/" + a.residentId() + "/access-log")
                .then().statusCode(200).extract().jsonPath().getList("");
        assertThat(log).extracting(e -> e.get("actor") + " " + e.get("action"))
                .contains(a.account() + " wellbeing.record", "bram wellbeing.record", "bram micro-analysis.record");
    }

    @Test
    void theOlderCoupleGoFromFourToEightAndTheirSolutionIsPricedToTheCentThenRepeatedAYearLater() {
        Replayed b = olderCoupleHousehold();
        recordWellbeing(b.opener(), b.caseId(), "T0", 4);
        recordWellbeing(b.opener(), b.caseId(), "T1", 7);
        recordWellbeing(b.opener(), b.caseId(), "T2", 8);

        JsonPath first = analyse(b.opener(), b.caseId(), nl.wijknetwerk.cases.microanalysis.MicroAnalysisTest.OLDER_COUPLE);
        // See MicroAnalysisTest: 39.75 h × 68.50 = 2,722.875 euro → 272,288 cents (half-even per line).
        assertThat(first.getLong("current.totalCents")).isEqualTo(1_216_878);
        assertThat(first.getLong("doNothing.totalCents")).isEqualTo(8_480_054);
        assertThat(first.getLong("chosen.totalCents")).isEqualTo(996_123);
        assertThat(first.getLong("savingsVsCurrentCents")).isEqualTo(220_755);
        assertThat(first.getLong("savingsVsDoNothingCents")).isEqualTo(7_483_931);

        // The repeat a year on: household help halved (52 h), home guidance stopped, Gerrit still teaching.
        JsonPath repeat = analyse(b.opener(), b.caseId(), """
                {"edition": "2024-demo", "repeatOf": "%s", "scenarios": {
                  "current": [{"item": "WMO-BG-UUR", "quantityPerYear": 104}, {"item": "ZVW-HA-CONSULT", "quantityPerYear": 18},
                              {"item": "ZVW-SEH", "quantityPerYear": 2}, {"item": "ZVW-WV-UUR", "quantityPerYear": 52}],
                  "doNothing": [{"item": "WLZ-VV4-DAG", "quantityPerYear": 365}, {"item": "WMO-DB-DAGDEEL", "quantityPerYear": 156}],
                  "chosen": [{"item": "WMO-HH-UUR", "quantityPerYear": 52}, {"item": "WMO-TRAPLIFT", "quantityPerYear": 1},
                             {"item": "WZ-VRIJWILLIGER-UUR", "quantityPerYear": 26}, {"item": "ZVW-HA-CONSULT", "quantityPerYear": 6}]}}"""
                .formatted(first.getString("id")));
        // chosen: 52 h × 32.50 + 1,450.00 + 26 h × 55.00 + 6 × 11.71
        assertThat(repeat.getLong("chosen.totalCents")).isEqualTo(169_000 + 145_000 + 143_000 + 7_026);
        assertThat(repeat.getLong("savingsVsCurrentCents")).isEqualTo(1_216_878 - 464_026);
        assertThat(repeat.getLong("savingsVsDoNothingCents")).isEqualTo(7_245_250 + 811_200 - 464_026);

        as(b.opener()).get(path(b.caseId(), "/wellbeing")).then().body("measurements.score", org.hamcrest.Matchers.contains(4, 7, 8));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<JsonNode> analyses = eventsOf(kafka, b.caseId()).stream()
                    .filter(e -> e.path("type").asText().equals(EventTypes.MICRO_ANALYSIS_COMPLETED)).toList();
            assertThat(analyses).extracting(e -> e.path("data").path("totals").path("chosenCents").asLong())
                    .containsExactly(996_123L, 464_026L);
            assertThat(analyses.get(1).path("data").path("repeat").asBoolean()).isTrue();
            analyses.forEach(e -> assertThat(EventSchemas.violations(e)).isEmpty());
        });
    }
}
