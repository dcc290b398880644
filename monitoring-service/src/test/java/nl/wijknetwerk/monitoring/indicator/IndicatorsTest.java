package nl.wijknetwerk.monitoring.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.monitoring.catalogue.Catalogue;
import nl.wijknetwerk.monitoring.facts.AnalysisFact;
import nl.wijknetwerk.monitoring.facts.CaseFact;
import nl.wijknetwerk.monitoring.facts.InitiativeState;
import nl.wijknetwerk.monitoring.facts.MdoFact;
import nl.wijknetwerk.monitoring.facts.ProfessionalFact;
import nl.wijknetwerk.monitoring.facts.WellbeingFact;
import nl.wijknetwerk.monitoring.imports.ImportedValue;

/** The computations on hand-made facts: what the seed sources report must come out. */
class IndicatorsTest {

    static final Period Y2026 = Period.year(2026);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    final List<CaseFact> cases = new ArrayList<>();
    final List<WellbeingFact> wellbeing = new ArrayList<>();
    final List<AnalysisFact> analyses = new ArrayList<>();
    final List<InitiativeState> initiatives = new ArrayList<>();
    final List<MdoFact> mdos = new ArrayList<>();
    final List<ProfessionalFact> professionals = new ArrayList<>();
    final List<ImportedValue> imported = new ArrayList<>();

    Indicators indicators() {
        return new Indicators(new WardFacts("ruwaard", cases, mdos, List.of(), wellbeing, analyses, List.of(), initiatives, List.of(),
                professionals, List.of(), List.of(), List.of(), List.of(), imported), TODAY);
    }

    @Test
    void theSeedWellbeingFiguresComeOutAsThreePointFiveEightPointThreeAndEightPointFive() {
        // Ten cases (two whole groups of five): T0 3 and 4 alternately (3.5); T1 ten scores averaging 8.3; T2 8 and 9
        // alternately (8.5).
        List<UUID> six = java.util.stream.Stream.generate(UUID::randomUUID).limit(10).toList();
        for (int i = 0; i < six.size(); i++) {
            score(six.get(i), "T0", i % 2 == 0 ? 3 : 4, "2026-02-01");
        }
        int[] t1 = { 8, 8, 8, 9, 9, 8, 8, 8, 9, 8 };
        for (int i = 0; i < t1.length; i++) {
            score(six.get(i % six.size()), "T1", t1[i], "2026-03-15");
        }
        for (int i = 0; i < six.size(); i++) {
            score(six.get(i), "T2", i % 2 == 0 ? 8 : 9, "2026-10-01");
        }

        Indicators ind = indicators();
        assertThat(ind.compute("wellbeing-t0", Y2026).value()).isEqualTo(new BigDecimal("3.5"));
        assertThat(ind.compute("wellbeing-t1", Y2026).value()).isEqualTo(new BigDecimal("8.3"));
        assertThat(ind.compute("wellbeing-t2", Y2026).value()).isEqualTo(new BigDecimal("8.5"));
        assertThat(ind.compute("wellbeing-t1", Y2026).basis()).as("the measurements").isEqualTo(10);
        assertThat(ind.compute("wellbeing-improving", Y2026).value()).isEqualTo(new BigDecimal("100.0"));
        // The first quarter has only T0 and T1; its T2 is "no data", not zero, and not held back either.
        IndicatorValue noT2 = ind.compute("wellbeing-t2", Period.quarter(2026, 1));
        assertThat(noT2.value()).isNull();
        assertThat(noT2.details()).doesNotContainKey(IndicatorValue.WITHHELD_BELOW);
    }

    @Test
    void wellbeingFiguresAreShownOnlyForAtLeastFiveCases() {
        // Four cases: with one case the "average" would be that resident's own score; with four and three known, the
        // fourth can be worked out. A household's two residents are two measurements but one case.
        for (int i = 0; i < 4; i++) {
            UUID caseId = UUID.randomUUID();
            score(caseId, "T0", 4, "2026-02-01");
            score(caseId, "T1", 7, "2026-03-15");
            score(caseId, "T2", 8, "2026-10-01");
            if (i == 0) {
                score(caseId, "T0", 2, "2026-02-01");
            }
        }
        Indicators four = indicators();
        for (String code : List.of("wellbeing-t0", "wellbeing-t1", "wellbeing-t2", "wellbeing-improving")) {
            IndicatorValue withheld = four.compute(code, Y2026);
            assertThat(withheld.value()).as(code).isNull();
            assertThat(withheld.basis()).as(code + ": no count either, like help-fitting").isNull();
            assertThat(withheld.details()).as(code + " says why").containsEntry(IndicatorValue.WITHHELD_BELOW, BigDecimal.valueOf(5));
        }

        UUID fifth = UUID.randomUUID();
        score(fifth, "T0", 6, "2026-02-01");
        score(fifth, "T1", 5, "2026-03-15");
        score(fifth, "T2", 5, "2026-10-01");
        Indicators five = indicators();
        assertThat(five.compute("wellbeing-t0", Y2026).value()).isEqualTo(new BigDecimal("4.0")); // (4+2+4+4+4+6)/6
        assertThat(five.compute("wellbeing-t0", Y2026).basis()).isEqualTo(6);
        assertThat(five.compute("wellbeing-t1", Y2026).value()).isEqualTo(new BigDecimal("6.6"));
        assertThat(five.compute("wellbeing-t2", Y2026).value()).isEqualTo(new BigDecimal("7.4"));
        IndicatorValue improving = five.compute("wellbeing-improving", Y2026);
        assertThat(improving.value()).isEqualTo(new BigDecimal("80.0"));
        assertThat(improving.basis()).isEqualTo(5);
        for (String code : List.of("wellbeing-t0", "wellbeing-t1", "wellbeing-t2", "wellbeing-improving")) {
            assertThat(five.compute(code, Y2026).details()).as(code).doesNotContainKey(IndicatorValue.WITHHELD_BELOW);
        }
        // Each quarter is a group of its own: the five T2s are in Q4, the first quarter has none.
        assertThat(five.compute("wellbeing-t2", Period.quarter(2026, 4)).value()).isEqualTo(new BigDecimal("7.4"));
    }

    @Test
    void everyScoreFigureOfTheCatalogueIsHeldBackForOneCase() {
        // One resident who answered everything: no figure of the catalogue may show what they answered.
        UUID caseId = UUID.randomUUID();
        score(caseId, "T0", 3, "2026-02-01");
        score(caseId, "T1", 9, "2026-03-15");
        wellbeing.get(wellbeing.size() - 1).helpFitting = 8;
        score(caseId, "T2", 9, "2026-10-01");
        Catalogue catalogue = Catalogue.load();
        for (Period p : List.of(Y2026, Period.quarter(2026, 1), Period.quarter(2026, 4), Period.month(java.time.YearMonth.of(2026, 3)))) {
            Map<String, IndicatorValue> all = indicators().compute(p, catalogue.indicators());
            assertThat(all).as(p.label()).allSatisfy((code, v) -> assertThat(v.value()).as(code)
                    .isNotIn(new BigDecimal("3.0"), new BigDecimal("9.0"), new BigDecimal("8.0"), new BigDecimal("100.0")));
        }
    }

    @Test
    void helpExperiencedAsFittingIsShownOnlyForAtLeastFiveCases() {
        int[] answers = { 8, 9, 7, 8 };
        for (int answer : answers) {
            fitting(UUID.randomUUID(), answer, "2026-04-01");
        }
        // Four residents: from an average of four (with the others known) one answer could be read.
        IndicatorValue four = indicators().compute("help-fitting", Y2026);
        assertThat(four.value()).isNull();
        assertThat(four.basis()).isNull();
        assertThat(four.details()).containsEntry(IndicatorValue.WITHHELD_BELOW, BigDecimal.valueOf(5));
        fitting(UUID.randomUUID(), 6, "2026-05-01");
        IndicatorValue five = indicators().compute("help-fitting", Y2026);
        assertThat(five.value()).isEqualTo(new BigDecimal("7.6"));
        assertThat(five.basis()).isEqualTo(5);
    }

    private void fitting(UUID caseId, int answer, String on) {
        score(caseId, "T1", 7, on);
        wellbeing.get(wellbeing.size() - 1).helpFitting = answer;
    }

    @Test
    void aCaseWhoseFollowUpIsNotAboveItsT0DoesNotImprove() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        score(a, "T0", 5, "2026-01-10");
        score(a, "T1", 7, "2026-03-10");
        score(b, "T0", 6, "2026-01-10");
        score(b, "T1", 8, "2026-03-10");
        // The latest follow-up counts: back to where it started. It is recorded in the same group of five as the others.
        score(b, "T2", 6, "2026-03-20");
        for (int i = 0; i < 3; i++) { // three more cases that improve, so that the share may be shown
            UUID c = UUID.randomUUID();
            score(c, "T0", 4, "2026-01-10");
            score(c, "T1", 6, "2026-03-10");
        }
        IndicatorValue improving = indicators().compute("wellbeing-improving", Y2026);
        assertThat(improving.value()).as("four of five: b does not count as improving").isEqualTo(new BigDecimal("80.0"));
        assertThat(improving.basis()).isEqualTo(5);
    }

    @Test
    void aRepeatAnalysisReplacesTheFirstOfTheSameCase() {
        UUID caseId = UUID.randomUUID();
        // All in May: the repeat is recorded in the same group of five as the first and the four others.
        analysis(caseId, "2026-05-01", false, Map.of("WMO", 1_000_000L), Map.of("WMO", 400_000L));
        analysis(caseId, "2026-05-20", true, Map.of("WMO", 1_000_000L, "ZVW", 300_000L), Map.of("WMO", 200_000L));
        for (int i = 0; i < 4; i++) {
            analysis(UUID.randomUUID(), "2026-05-01", false, Map.of("ZVW", 500_000L), Map.of("ZVW", 100_000L));
        }
        IndicatorValue savings = indicators().compute("societal-cost-savings", Y2026);
        // (1,300,000 - 200,000) + 4 × (500,000 - 100,000) cents: the first analysis of the repeated case is gone
        assertThat(savings.value()).isEqualByComparingTo("27000.00");
        assertThat(savings.basis()).isEqualTo(5);
        assertThat(savings.details()).containsEntry("WMO", new BigDecimal("8000.00")).containsEntry("ZVW", new BigDecimal("19000.00"));
    }

    @Test
    void existingCasesAreJudgedAgainstTheirCurrentSituationAndNewOnesAgainstDoingNothing() {
        // Existing: current 10,000, chosen 6,000, do nothing 20,000 euros a year; new: nothing before, chosen 3,000
        // against 9,000 if nothing were done. Five of each, the smallest group either part is shown for.
        for (int i = 0; i < 5; i++) {
            existingCaseAnalysis(UUID.randomUUID(), "2026-04-01", 1_000_000, 2_000_000, 600_000);
            analysis(UUID.randomUUID(), "2026-05-01", false, Map.of("WMO", 900_000L), Map.of("WMO", 300_000L));
        }
        Indicators ind = indicators();
        IndicatorValue existing = ind.compute("societal-cost-savings-existing", Y2026);
        assertThat(existing.value()).isEqualByComparingTo("20000.00");
        assertThat(existing.basis()).isEqualTo(5);
        assertThat(existing.details()).containsEntry("WMO", new BigDecimal("20000.00"));
        assertThat(ind.compute("societal-cost-savings-new", Y2026).value()).isEqualByComparingTo("30000.00");
        IndicatorValue all = ind.compute("societal-cost-savings", Y2026);
        assertThat(all.value()).isEqualByComparingTo("50000.00");
        assertThat(all.details()).containsEntry("existing", new BigDecimal("20000.00")).containsEntry("new", new BigDecimal("30000.00"))
                .containsEntry("existingCases", BigDecimal.valueOf(5)).containsEntry("newCases", BigDecimal.valueOf(5));
    }

    @Test
    void savingsOverFewerThanFiveCasesAreHeldBackForTheyAreOneResidentsCareCosts() {
        // One case: the "savings" per domain would be what that resident's care costs and saves.
        analysis(UUID.randomUUID(), "2026-05-01", false, Map.of("ZVW", 500_000L), Map.of("ZVW", 100_000L));
        IndicatorValue one = indicators().compute("societal-cost-savings", Y2026);
        assertThat(one.value()).isNull();
        assertThat(one.details()).containsOnlyKeys(IndicatorValue.WITHHELD_BELOW).doesNotContainKey("ZVW");
        assertThat(indicators().compute("societal-cost-savings-new", Y2026).value()).isNull();
        assertThat(IndicatorValue.withheld(indicators().compute("societal-cost-savings-new", Y2026).details())).isTrue();
    }

    @Test
    void aSmallPartWaitsForAGroupOfItsOwnSoTheTotalIsAlwaysWholeGroupsOfOneKind() {
        for (int i = 0; i < 5; i++) {
            existingCaseAnalysis(UUID.randomUUID(), "2026-04-01", 1_000_000, 2_000_000, 600_000);
        }
        analysis(UUID.randomUUID(), "2026-04-01", false, Map.of("WMO", 900_000L), Map.of("WMO", 300_000L));
        Indicators ind = indicators();
        IndicatorValue all = ind.compute("societal-cost-savings", Y2026);
        // Counting the one new case in the total would make the total minus the existing part that case's savings.
        assertThat(all.value()).as("the five existing cases, not the one new").isEqualByComparingTo("20000.00");
        assertThat(all.basis()).isEqualTo(5);
        assertThat(all.details()).containsEntry("existing", new BigDecimal("20000.00")).containsEntry("newCases", BigDecimal.ZERO);
        assertThat(IndicatorValue.withheld(ind.compute("societal-cost-savings-new", Y2026).details())).isTrue();
        assertThat(ind.compute("societal-cost-savings-existing", Y2026).value()).isEqualByComparingTo("20000.00");
    }

    @Test
    void aYearIsItsQuartersWholeGroupsSoTheYearMinusAQuarterNeverGivesOneResidentAway() {
        // Five baselines in February and one in November: were the year the six, the year's average times six minus
        // the first quarter's times five would be the November resident's score. She waits for a group of her own.
        for (int i = 0; i < 5; i++) {
            score(UUID.randomUUID(), "T0", 4, "2026-02-01");
        }
        score(UUID.randomUUID(), "T0", 9, "2026-11-02");
        analysis(UUID.randomUUID(), "2026-11-02", false, Map.of("ZVW", 500_000L), Map.of("ZVW", 100_000L));
        for (int i = 0; i < 5; i++) {
            analysis(UUID.randomUUID(), "2026-02-01", false, Map.of("WMO", 900_000L), Map.of("WMO", 300_000L));
        }
        Indicators ind = indicators();
        assertThat(ind.compute("wellbeing-t0", Period.quarter(2026, 1)).value()).isEqualTo(new BigDecimal("4.0"));
        assertThat(ind.compute("wellbeing-t0", Y2026).value()).as("the five of February").isEqualTo(new BigDecimal("4.0"));
        assertThat(ind.compute("wellbeing-t0", Y2026).basis()).isEqualTo(5);
        assertThat(IndicatorValue.withheld(ind.compute("wellbeing-t0", Period.quarter(2026, 4)).details())).isTrue();
        assertThat(ind.compute("societal-cost-savings", Period.quarter(2026, 1)).value()).isEqualByComparingTo("30000.00");
        assertThat(ind.compute("societal-cost-savings", Y2026).value()).isEqualByComparingTo("30000.00");
        assertThat(IndicatorValue.withheld(ind.compute("societal-cost-savings", Period.quarter(2026, 4)).details())).isTrue();

        // Four more in the autumn: the fourth quarter has a whole group, and the year counts it.
        for (int i = 0; i < 4; i++) {
            score(UUID.randomUUID(), "T0", 5, "2026-10-05");
        }
        assertThat(indicators().compute("wellbeing-t0", Y2026).value()).isEqualTo(new BigDecimal("4.9")); // (5 × 4 + 9 + 4 × 5) / 10
    }

    @Test
    void theSameQuarterReadBeforeAndAfterOneMoreMeasurementShowsTheSameFigure() {
        // A manager who reads the figure, knows whom a colleague measured next and reads it again, must learn nothing
        // of that resident: the figure moves only when four more have joined her.
        for (int i = 0; i < 5; i++) {
            UUID caseId = UUID.randomUUID();
            score(caseId, "T0", 4, "2026-10-01");
            score(caseId, "T1", 6, "2026-10-20");
            wellbeing.get(wellbeing.size() - 1).helpFitting = 7;
            analysis(UUID.randomUUID(), "2026-10-01", false, Map.of("WMO", 900_000L), Map.of("WMO", 300_000L));
        }
        Catalogue catalogue = Catalogue.load();
        Map<String, IndicatorValue> quarterBefore = indicators().compute(Period.quarter(2026, 4), catalogue.indicators());
        Map<String, IndicatorValue> yearBefore = indicators().compute(Y2026, catalogue.indicators());
        assertThat(quarterBefore.get("wellbeing-t0").value()).isEqualTo(new BigDecimal("4.0"));
        assertThat(quarterBefore.get("help-fitting").value()).isEqualTo(new BigDecimal("7.0"));
        assertThat(quarterBefore.get("wellbeing-improving").value()).isEqualTo(new BigDecimal("100.0"));
        assertThat(quarterBefore.get("societal-cost-savings").value()).isEqualByComparingTo("30000.00");
        UUID sixth = UUID.randomUUID();
        score(sixth, "T0", 10, "2026-11-20");
        score(sixth, "T1", 1, "2026-11-20");
        wellbeing.get(wellbeing.size() - 1).helpFitting = 1;
        analysis(sixth, "2026-11-20", false, Map.of("WMO", 5_000_000L), Map.of("WMO", 100_000L));
        assertThat(indicators().compute(Period.quarter(2026, 4), catalogue.indicators())).isEqualTo(quarterBefore);
        assertThat(indicators().compute(Y2026, catalogue.indicators())).isEqualTo(yearBefore);
    }

    @Test
    void anEmptyPartGivesNothingAwaySoTheOtherIsShown() {
        for (int i = 0; i < 5; i++) {
            existingCaseAnalysis(UUID.randomUUID(), "2026-04-01", 1_000_000, 2_000_000, 600_000);
        }
        Indicators ind = indicators();
        assertThat(ind.compute("societal-cost-savings-existing", Y2026).value()).isEqualByComparingTo("20000.00");
        assertThat(ind.compute("societal-cost-savings-new", Y2026)).isEqualTo(IndicatorValue.none());
        assertThat(ind.compute("societal-cost-savings", Y2026).details()).containsEntry("newCases", BigDecimal.ZERO);
    }

    @Test
    void openCasesAndDaysToTheFirstMdoCountAtTheEndOfThePeriod() {
        CaseFact early = kase("2026-01-05", null);
        kase("2026-02-01", "2026-03-01");
        kase("2026-05-01", null);
        mdo(early.caseId, "2026-01-09", null, 3);
        mdo(early.caseId, "2026-02-20", null, 5);
        Indicators ind = indicators();
        assertThat(ind.compute("open-cases", Period.quarter(2026, 1)).value()).isEqualByComparingTo("1");
        assertThat(ind.compute("open-cases", Y2026).value()).isEqualByComparingTo("2");
        assertThat(ind.compute("days-to-first-mdo", Y2026).value()).isEqualByComparingTo("4.0");
        assertThat(ind.compute("organisations-per-mdo", Y2026).value()).isEqualByComparingTo("4.0");
    }

    @Test
    void anInitiativeCountsWhenItsLatestStateOnTheLastDayIsRunning() {
        UUID huisVanDeWijk = UUID.randomUUID();
        initiative(huisVanDeWijk, "2026-02-01T10:00:00Z", "IN_PREPARATION", 0, 0);
        initiative(huisVanDeWijk, "2026-04-01T10:00:00Z", "RUNNING", 12, 320);
        UUID stoptober = UUID.randomUUID();
        initiative(stoptober, "2026-05-01T10:00:00Z", "RUNNING", 3, 40);
        initiative(stoptober, "2026-11-01T10:00:00Z", "ENDED", 3, 0);
        Indicators ind = indicators();
        assertThat(ind.compute("active-initiatives", Period.quarter(2026, 1)).value()).isEqualByComparingTo("0");
        assertThat(ind.compute("active-initiatives", Period.quarter(2026, 3)).value()).isEqualByComparingTo("2");
        assertThat(ind.compute("initiative-visitors", Period.quarter(2026, 3)).value()).isEqualByComparingTo("360");
        assertThat(ind.compute("active-initiatives", Y2026).value()).isEqualByComparingTo("1");
        assertThat(ind.compute("initiative-volunteers", Y2026).value()).isEqualByComparingTo("12");
    }

    @Test
    void leerplanCompletionIsOfTheProfessionalsStillInTheNetwork() {
        professional("2026-01-01", null, "2026-06-01");
        professional("2026-01-01", null, null);
        professional("2026-01-01", "2026-03-01", "2026-02-01"); // left: not counted after leaving
        assertThat(indicators().compute("leerplan-completion", Y2026).value()).isEqualTo(new BigDecimal("50.0"));
        assertThat(indicators().compute("leerplan-completion", Period.quarter(2026, 1)).value()).isEqualTo(new BigDecimal("0.0"));
    }

    @Test
    void importedFlowsAddUpAndStocksTakeTheLatestPart() {
        imported("2026-Q1", "crises", "4");
        imported("2026-Q2", "crises", "6");
        imported("2026-Q1", "pgb-count", "41");
        imported("2026-Q2", "pgb-count", "39");
        imported("2026-05", "pgb-count", "40"); // a month beside the quarters: the coarser quarters count
        Catalogue catalogue = Catalogue.load();
        Map<String, IndicatorValue> year = indicators().compute(Y2026, catalogue.indicators());
        assertThat(year.get("crises").value()).isEqualByComparingTo("10");
        assertThat(year.get("pgb-count").value()).isEqualByComparingTo("39");
        assertThat(indicators().compute(Period.quarter(2026, 1), catalogue.indicators()).get("crises").value()).isEqualTo(new BigDecimal("4"));
        assertThat(year.get("gp-visits").value()).isNull();
    }

    private java.time.Instant recorded = java.time.Instant.parse("2026-01-02T08:00:00Z");

    /** Facts are recorded in the order a test adds them: the order residents' figures count them in. */
    private java.time.Instant nextRecording() {
        recorded = recorded.plusSeconds(60);
        return recorded;
    }

    private void score(UUID caseId, String moment, int score, String on) {
        WellbeingFact w = new WellbeingFact();
        w.eventId = UUID.randomUUID();
        w.caseId = caseId;
        w.moment = moment;
        w.score = score;
        w.measuredOn = LocalDate.parse(on);
        w.recordedAt = nextRecording();
        wellbeing.add(w);
    }

    private void analysis(UUID caseId, String on, boolean repeat, Map<String, Long> doNothing, Map<String, Long> chosen) {
        AnalysisFact a = new AnalysisFact();
        a.analysisId = UUID.randomUUID();
        a.caseId = caseId;
        a.completedOn = LocalDate.parse(on);
        a.repeat = repeat;
        a.doNothingByDomain = doNothing;
        a.chosenByDomain = chosen;
        a.doNothingCents = doNothing.values().stream().mapToLong(Long::longValue).sum();
        a.chosenCents = chosen.values().stream().mapToLong(Long::longValue).sum();
        a.savingsVsDoNothingCents = a.doNothingCents - a.chosenCents;
        a.caseType = "NEW";
        a.currentByDomain = Map.of();
        a.recordedAt = nextRecording();
        analyses.add(a);
    }

    private void existingCaseAnalysis(UUID caseId, String on, long current, long doNothing, long chosen) {
        analysis(caseId, on, false, Map.of("WMO", doNothing), Map.of("WMO", chosen));
        AnalysisFact a = analyses.get(analyses.size() - 1);
        a.caseType = "EXISTING";
        a.currentCents = current;
        a.currentByDomain = Map.of("WMO", current);
        a.savingsVsCurrentCents = current - chosen;
    }

    private CaseFact kase(String opened, String closed) {
        CaseFact c = new CaseFact();
        c.caseId = UUID.randomUUID();
        c.kind = "INDIVIDUAL";
        c.openedOn = LocalDate.parse(opened);
        c.closedOn = closed == null ? null : LocalDate.parse(closed);
        cases.add(c);
        return c;
    }

    private void mdo(UUID caseId, String held, Integer days, int organisations) {
        MdoFact m = new MdoFact();
        m.mdoId = UUID.randomUUID();
        m.caseId = caseId;
        m.heldOn = LocalDate.parse(held);
        m.daysSinceOpened = days;
        m.organisations = organisations;
        mdos.add(m);
    }

    private void initiative(UUID id, String at, String status, int volunteers, int visitors) {
        InitiativeState s = new InitiativeState();
        s.eventId = UUID.randomUUID();
        s.initiativeId = id;
        s.effectiveAt = Instant.parse(at);
        s.effectiveOn = LocalDate.parse(at.substring(0, 10));
        s.status = status;
        s.volunteers = volunteers;
        s.visitorsPerWeek = visitors;
        initiatives.add(s);
    }

    private void professional(String joined, String left, String completed) {
        ProfessionalFact p = new ProfessionalFact();
        p.professionalId = UUID.randomUUID().toString();
        p.joinedOn = LocalDate.parse(joined);
        p.leftOn = left == null ? null : LocalDate.parse(left);
        p.planCompletedOn = completed == null ? null : LocalDate.parse(completed);
        professionals.add(p);
    }

    private void imported(String period, String indicator, String value) {
        ImportedValue v = new ImportedValue();
        v.period = period;
        v.indicator = indicator;
        v.value = new BigDecimal(value).setScale(2);
        imported.add(v);
    }
}
