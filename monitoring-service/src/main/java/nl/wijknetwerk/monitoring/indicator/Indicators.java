package nl.wijknetwerk.monitoring.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import nl.wijknetwerk.monitoring.catalogue.IndicatorDefinition;
import nl.wijknetwerk.monitoring.facts.AgreementFact;
import nl.wijknetwerk.monitoring.facts.AnalysisFact;
import nl.wijknetwerk.monitoring.facts.BudgetFact;
import nl.wijknetwerk.monitoring.facts.CaseFact;
import nl.wijknetwerk.monitoring.facts.CommitmentFact;
import nl.wijknetwerk.monitoring.facts.InitiativeState;
import nl.wijknetwerk.monitoring.facts.LeersessieFact;
import nl.wijknetwerk.monitoring.facts.MdoFact;
import nl.wijknetwerk.monitoring.facts.PulseFact;
import nl.wijknetwerk.monitoring.facts.SpendingFact;
import nl.wijknetwerk.monitoring.facts.WellbeingFact;
import nl.wijknetwerk.monitoring.imports.ImportedValue;
import nl.wijknetwerk.monitoring.indicator.Formulas.TriageRoute;

/**
 * Computes every indicator of the catalogue for one ward and period from a snapshot of its facts. Pure: the same
 * facts give the same numbers, which is what makes the store rebuildable from the topics.
 */
public final class Indicators {

    /** The indicator codes computed from events; the catalogue's EVENTS indicators must all be here. */
    public static final List<String> COMPUTED = List.of(
            "societal-cost-savings", "societal-cost-savings-existing", "societal-cost-savings-new", "budget-utilisation", "budget-projection",
            "open-cases", "samenwerkwijze-share", "days-to-first-mdo", "organisations-per-mdo", "agreements-on-time",
            "triage-collective-direct", "triage-guided", "triage-individual", "barriers-open", "barrier-days-to-resolve",
            "wellbeing-t0", "wellbeing-t1", "wellbeing-t2", "wellbeing-improving", "help-fitting",
            "active-initiatives", "initiative-volunteers", "initiative-visitors",
            "work-satisfaction", "collaboration-rating", "leersessie-attendance", "leerplan-completion");

    private final WardFacts facts;
    private final LocalDate today;
    // Worked out once per snapshot of facts: every period asked of this ward reads the same groups.
    private final Map<String, Set<WellbeingFact>> countedWellbeing = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Period, List<TriageRoute>> triageRoutes = new java.util.concurrent.ConcurrentHashMap<>();
    private Map<UUID, List<WellbeingFact>> baselinesByCase;
    private Map<UUID, MdoFact> firstMdos;
    private Map<UUID, CaseFact> casesById;
    private Set<AnalysisFact> countedAnalyses;

    /** @param today the ward's current date, for the projection of a year still running */
    public Indicators(WardFacts facts, LocalDate today) {
        this.facts = facts;
        this.today = today;
    }

    public Map<String, IndicatorValue> compute(Period period, List<IndicatorDefinition> definitions) {
        Map<String, IndicatorValue> out = new LinkedHashMap<>();
        for (IndicatorDefinition d : definitions) {
            out.put(d.code(), d.imported() ? imported(d, period) : compute(d.code(), period));
        }
        return out;
    }

    public IndicatorValue compute(String code, Period p) {
        return switch (code) {
            case "societal-cost-savings" -> societalCostSavings(p, null);
            case "societal-cost-savings-existing" -> societalCostSavings(p, SocietalCostSavings.EXISTING);
            case "societal-cost-savings-new" -> societalCostSavings(p, SocietalCostSavings.NEW);
            case "budget-utilisation" -> budgetUtilisation(p);
            case "budget-projection" -> budgetProjection(p);
            case "open-cases" -> IndicatorValue.count(facts.cases().stream()
                    .filter(c -> !c.openedOn.isAfter(p.end()) && (c.closedOn == null || c.closedOn.isAfter(p.end()))).count());
            case "samenwerkwijze-share" -> samenwerkwijzeShare(p);
            case "days-to-first-mdo" -> daysToFirstMdo(p);
            case "organisations-per-mdo" -> {
                List<Integer> counts = facts.mdos().stream().filter(m -> p.contains(m.heldOn)).map(m -> m.organisations).toList();
                yield of(Formulas.average(counts, 1), counts.size());
            }
            case "agreements-on-time" -> {
                List<AgreementFact> done = facts.agreements().stream().filter(a -> p.contains(a.completedOn)).toList();
                yield of(Formulas.percentage(done.stream().filter(a -> Boolean.TRUE.equals(a.onTime)).count(), done.size()), done.size());
            }
            case "triage-collective-direct" -> triage(p, TriageRoute.COLLECTIVE_DIRECT);
            case "triage-guided" -> triage(p, TriageRoute.GUIDED_TO_COLLECTIVE);
            case "triage-individual" -> triage(p, TriageRoute.INDIVIDUAL_AT_HOME);
            case "barriers-open" -> IndicatorValue.count(facts.barriers().stream()
                    .filter(b -> !b.reportedOn.isAfter(p.end()) && (b.resolvedOn == null || b.resolvedOn.isAfter(p.end()))).count());
            case "barrier-days-to-resolve" -> {
                List<Integer> days = facts.barriers().stream().filter(b -> p.contains(b.resolvedOn) && b.daysOpen != null)
                        .map(b -> b.daysOpen).toList();
                yield of(Formulas.median(days, 1), days.size());
            }
            case "wellbeing-t0" -> wellbeing(p, "T0");
            case "wellbeing-t1" -> wellbeing(p, "T1");
            case "wellbeing-t2" -> wellbeing(p, "T2");
            case "wellbeing-improving" -> wellbeingImproving(p);
            case "help-fitting" -> helpFitting(p);
            case "active-initiatives" -> IndicatorValue.count(runningAt(p.end()).size());
            case "initiative-volunteers" -> IndicatorValue.count(runningAt(p.end()).stream().mapToLong(s -> nz(s.volunteers)).sum());
            case "initiative-visitors" -> IndicatorValue.count(runningAt(p.end()).stream().mapToLong(s -> nz(s.visitorsPerWeek)).sum());
            case "work-satisfaction" -> pulse(p, f -> f.workSatisfaction);
            case "collaboration-rating" -> pulse(p, f -> f.collaboration);
            case "leersessie-attendance" -> leersessieAttendance(p);
            case "leerplan-completion" -> leerplanCompletion(p);
            default -> throw new IllegalArgumentException("No computation for indicator " + code);
        };
    }

    // --- goal 1: lower societal costs -------------------------------------------------------------------------

    /**
     * The latest analysis of each case completed in the period (a repeat analysis replaces the first), existing cases
     * against their current situation and new ones against doing nothing; {@code type} null for both together.
     * Residents' figures (over one case they are that resident's care costs per domain): counted in whole groups of
     * five per kind of case ({@link ResidentGroups}), so the total and each of its parts are made of whole groups and
     * no difference of them rests on one to four cases.
     */
    private IndicatorValue societalCostSavings(Period p, String type) {
        boolean anyInPeriod = facts.analyses().stream().anyMatch(a -> p.contains(a.completedOn) && (type == null || type.equals(a.caseType)));
        return ofResidents(p, anyInPeriod, () -> {
            Map<UUID, AnalysisFact> latest = new LinkedHashMap<>();
            countedAnalyses().stream().filter(a -> p.contains(a.completedOn))
                    .sorted(Comparator.comparing((AnalysisFact a) -> a.completedOn).thenComparing(a -> a.repeat).thenComparing(a -> a.recordedAt))
                    .forEach(a -> latest.put(a.caseId, a));
            SocietalCostSavings.Sum sum = SocietalCostSavings.of(latest.values(), type);
            if (sum.cases() == 0) {
                return IndicatorValue.none();
            }
            Map<String, BigDecimal> details = new LinkedHashMap<>();
            sum.byDomainCents().forEach((domain, cents) -> details.put(domain, Formulas.euros(cents)));
            if (type == null) {
                SocietalCostSavings.Sum existing = SocietalCostSavings.of(latest.values(), SocietalCostSavings.EXISTING);
                SocietalCostSavings.Sum fresh = SocietalCostSavings.of(latest.values(), SocietalCostSavings.NEW);
                details.put("existingCases", BigDecimal.valueOf(existing.cases()));
                details.put("existing", Formulas.euros(existing.cents()));
                details.put("newCases", BigDecimal.valueOf(fresh.cases()));
                details.put("new", Formulas.euros(fresh.cents()));
            }
            return new IndicatorValue(Formulas.euros(sum.cents()), (long) sum.cases(), details);
        });
    }

    /** The analyses in whole groups: grouped per kind of case, so that each part of the savings is whole groups too. */
    private synchronized Set<AnalysisFact> countedAnalyses() {
        if (countedAnalyses == null) {
            Map<String, List<AnalysisFact>> byType = facts.analyses().stream().collect(Collectors.groupingBy(a -> a.caseType));
            Set<AnalysisFact> counted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            byType.values().forEach(ofType -> counted.addAll(ResidentGroups.counted(ofType, a -> a.completedOn, a -> a.recordedAt,
                    a -> a.analysisId, a -> a.caseId)));
            countedAnalyses = counted;
        }
        return countedAnalyses;
    }

    private IndicatorValue budgetUtilisation(Period p) {
        int year = p.end().getYear();
        Optional<BudgetFact> budget = budget(year);
        long spent = spentInYearUpTo(year, p.end());
        long committed = facts.commitments().stream().filter(c -> c.year == year && !c.released).mapToLong(c -> c.amountCents).sum();
        Map<String, BigDecimal> details = new LinkedHashMap<>();
        details.put("budget", budget.map(b -> Formulas.euros(b.totalCents)).orElse(null));
        details.put("spent", Formulas.euros(spent));
        details.put("committed", Formulas.euros(committed));
        details.values().removeIf(v -> v == null);
        return new IndicatorValue(budget.flatMap(b -> Formulas.percentage(spent, b.totalCents)).orElse(null), null, details);
    }

    private IndicatorValue budgetProjection(Period p) {
        int year = p.end().getYear();
        LocalDate asOf = today.isBefore(p.end()) ? today : p.end();
        long spent = spentInYearUpTo(year, asOf);
        return new IndicatorValue(budget(year).flatMap(b -> Formulas.projectedUtilisation(spent, b.totalCents,
                Period.year(year).elapsedFraction(asOf))).orElse(null), null, Map.of());
    }

    private Optional<BudgetFact> budget(int year) {
        return facts.budgets().stream().filter(b -> b.year == year).findFirst();
    }

    private long spentInYearUpTo(int year, LocalDate until) {
        return facts.spending().stream().filter(s -> s.year == year && !s.spentOn.isAfter(until)).mapToLong(s -> s.amountCents).sum();
    }

    // --- goal 2: integrated care ------------------------------------------------------------------------------

    private IndicatorValue samenwerkwijzeShare(Period p) {
        List<CaseFact> opened = facts.cases().stream().filter(c -> "INDIVIDUAL".equals(c.kind) && p.contains(c.openedOn)).toList();
        long viaSamenwerkwijze = opened.stream().filter(c -> c.firstMdoOn != null && c.firstPlanOn != null).count();
        return of(Formulas.percentage(viaSamenwerkwijze, opened.size()), opened.size());
    }

    private IndicatorValue daysToFirstMdo(Period p) {
        if (firstMdos == null) { // the same for every period: worked out once per snapshot of facts
            Map<UUID, MdoFact> first = new LinkedHashMap<>();
            facts.mdos().stream().sorted(Comparator.comparing((MdoFact m) -> m.heldOn)).forEach(m -> first.putIfAbsent(m.caseId, m));
            casesById = facts.cases().stream().collect(Collectors.toMap(c -> c.caseId, c -> c));
            firstMdos = first;
        }
        Map<UUID, CaseFact> cases = casesById;
        List<Long> days = new ArrayList<>();
        for (MdoFact m : firstMdos.values()) {
            if (!p.contains(m.heldOn)) {
                continue;
            }
            CaseFact c = cases.get(m.caseId);
            if (m.daysSinceOpened != null) {
                days.add((long) m.daysSinceOpened);
            } else if (c != null) {
                days.add(ChronoUnit.DAYS.between(c.openedOn, m.heldOn));
            }
        }
        return of(Formulas.median(days, 1), days.size());
    }

    private IndicatorValue triage(Period p, TriageRoute route) {
        // Three indicators read the same mix: the cases are gone through once per period.
        List<TriageRoute> routes = triageRoutes.computeIfAbsent(p, q -> facts.cases().stream()
                .filter(c -> q.contains(c.openedOn) && c.triageRoute != null).map(c -> TriageRoute.valueOf(c.triageRoute)).toList());
        if (routes.isEmpty()) {
            return IndicatorValue.none();
        }
        Map<TriageRoute, BigDecimal> mix = Formulas.triageMix(routes);
        Map<String, BigDecimal> details = new LinkedHashMap<>();
        mix.forEach((r, share) -> details.put(r.name(), share));
        details.put("deviationFrom70-25-5", Formulas.triageDeviation(mix));
        return new IndicatorValue(mix.get(route), (long) routes.size(), details);
    }

    // --- goal 3: health and quality of life -------------------------------------------------------------------
    //
    // Every computed figure of this goal comes from residents' own scores and answers (health data). It counts them in
    // whole groups of five different cases (ResidentGroups: per quarter, in the order they were recorded), so that no
    // one resident's score can be read from a figure, from a figure read before and after her measurement, or from a
    // year beside its quarters. Facts in the period but no whole group yet: no value and no basis, and the detail
    // withheldBelow=5 saying why (MinimumGroup#withheld); a month gets no residents' figure. Whatever shows these
    // figures (the KPI page and its snapshots, the comparison of wards, the trend charts, the evaluation report) reads
    // them from here.

    /** The average score of the moment's counted measurements in the period (all residents of a case count; basis: the measurements). */
    private IndicatorValue wellbeing(Period p, String moment) {
        List<WellbeingFact> measured = counted(w -> moment.equals(w.moment), moment).stream().filter(w -> p.contains(w.measuredOn)).toList();
        return ofResidents(p, facts.wellbeing().stream().anyMatch(w -> moment.equals(w.moment) && p.contains(w.measuredOn)),
                () -> of(Formulas.average(measured.stream().map(w -> w.score).toList(), 1), measured.size()));
    }

    /**
     * A case improves when its latest counted follow-up in or before the period (T2 if there is one, else T1) averages
     * above its T0. The follow-ups count in whole groups; the T0 compared with is what was recorded before that
     * follow-up, so a case's answer changes only with a follow-up of its own that counts, in a group of five.
     */
    private IndicatorValue wellbeingImproving(Period p) {
        Set<WellbeingFact> followUps = counted(this::followUpWithBaseline, "follow-up");
        Map<UUID, List<WellbeingFact>> byCase = followUps.stream().filter(w -> !w.measuredOn.isAfter(p.end()))
                .collect(Collectors.groupingBy(w -> w.caseId, LinkedHashMap::new, Collectors.toList()));
        long followed = 0;
        long improving = 0;
        for (Map.Entry<UUID, List<WellbeingFact>> c : byCase.entrySet()) {
            List<WellbeingFact> measurements = c.getValue();
            if (measurements.stream().noneMatch(w -> p.contains(w.measuredOn))) {
                continue;
            }
            Instant lastCounted = measurements.stream().map(w -> w.recordedAt).max(Comparator.naturalOrder()).orElseThrow();
            Optional<BigDecimal> t0 = Formulas.average(baselines(c.getKey()).stream().filter(w -> w.recordedAt.isBefore(lastCounted))
                    .map(w -> w.score).toList(), 2);
            List<Integer> t2 = scores(measurements, "T2");
            Optional<BigDecimal> followUp = Formulas.average(t2.isEmpty() ? scores(measurements, "T1") : t2, 2);
            if (t0.isEmpty() || followUp.isEmpty()) {
                continue;
            }
            followed++;
            if (followUp.get().compareTo(t0.get()) > 0) {
                improving++;
            }
        }
        long cases = followed;
        long better = improving;
        return ofResidents(p, facts.wellbeing().stream().anyMatch(w -> followUpWithBaseline(w) && p.contains(w.measuredOn)),
                () -> of(Formulas.percentage(better, cases), cases));
    }

    /** A T1 or T2 of a case whose T0 was recorded before it: what the improving share is made of. */
    private boolean followUpWithBaseline(WellbeingFact w) {
        return !"T0".equals(w.moment) && baselines(w.caseId).stream()
                .anyMatch(t0 -> t0.recordedAt.isBefore(w.recordedAt));
    }

    private synchronized List<WellbeingFact> baselines(UUID caseId) {
        if (baselinesByCase == null) {
            baselinesByCase = facts.wellbeing().stream().filter(w -> "T0".equals(w.moment)).collect(Collectors.groupingBy(w -> w.caseId));
        }
        return baselinesByCase.getOrDefault(caseId, List.of());
    }

    /** Ervaart iemand de hulp als passend: the average counted answer given in the period. */
    private IndicatorValue helpFitting(Period p) {
        List<WellbeingFact> answers = counted(w -> w.helpFitting != null, "help-fitting").stream().filter(w -> p.contains(w.measuredOn)).toList();
        return ofResidents(p, facts.wellbeing().stream().anyMatch(w -> w.helpFitting != null && p.contains(w.measuredOn)),
                () -> of(Formulas.average(answers.stream().map(w -> w.helpFitting).toList(), 1), distinctCases(answers)));
    }

    /**
     * No data when nothing of the kind lies in the period; held back for a month (not whole groups) and when no whole
     * group of the period counts yet (the figure has no value); else the figure. For every residents' figure, the
     * savings included.
     */
    private IndicatorValue ofResidents(Period p, boolean anyInPeriod, Supplier<IndicatorValue> figure) {
        if (!anyInPeriod) {
            return IndicatorValue.none();
        }
        if (!ResidentGroups.wholeGroups(p)) {
            return MinimumGroup.withheldPerMonth();
        }
        IndicatorValue value = figure.get();
        return value.value() == null ? MinimumGroup.withheld() : value;
    }

    /** The measurements of a kind that are in whole groups, worked out once per kind for every period asked. */
    private Set<WellbeingFact> counted(Predicate<WellbeingFact> kind, String name) {
        return countedWellbeing.computeIfAbsent(name, k -> ResidentGroups.counted(facts.wellbeing().stream().filter(kind).toList(),
                w -> w.measuredOn, w -> w.recordedAt, w -> w.eventId, w -> w.caseId));
    }

    private static long distinctCases(List<WellbeingFact> measurements) {
        return measurements.stream().map(w -> w.caseId).distinct().count();
    }

    private static List<Integer> scores(List<WellbeingFact> measurements, String moment) {
        return measurements.stream().filter(w -> moment.equals(w.moment)).map(w -> w.score).toList();
    }

    // --- goal 4: collective involvement -----------------------------------------------------------------------

    /** The initiatives whose latest state on the day is RUNNING. */
    private List<InitiativeState> runningAt(LocalDate day) {
        Map<UUID, InitiativeState> latest = new LinkedHashMap<>();
        facts.initiatives().stream().filter(s -> !s.effectiveOn.isAfter(day))
                .sorted(Comparator.comparing((InitiativeState s) -> s.effectiveAt)).forEach(s -> latest.put(s.initiativeId, s));
        return latest.values().stream().filter(s -> "RUNNING".equals(s.status)).toList();
    }

    // --- goal 5: supporting systems ---------------------------------------------------------------------------

    private IndicatorValue pulse(Period p, Function<PulseFact, BigDecimal> average) {
        List<PulseFact> within = facts.pulses().stream()
                .filter(f -> Period.tryParse(f.period).map(pp -> pp.within(p)).orElse(false)).toList();
        List<Formulas.Weighted> weighted = within.stream().map(f -> new Formulas.Weighted(average.apply(f), f.respondents)).toList();
        return of(Formulas.weightedAverage(weighted, 1), within.stream().mapToLong(f -> f.respondents).sum());
    }

    private IndicatorValue leersessieAttendance(Period p) {
        List<LeersessieFact> held = facts.leersessies().stream().filter(l -> p.contains(l.heldOn)).toList();
        if (held.isEmpty()) {
            return IndicatorValue.none();
        }
        Map<String, BigDecimal> details = new LinkedHashMap<>();
        details.put("professionals", Formulas.average(held.stream().map(l -> l.professionals).toList(), 1).orElseThrow());
        details.put("managers", Formulas.average(held.stream().map(l -> l.managers).toList(), 1).orElseThrow());
        details.put("residents", Formulas.average(held.stream().map(l -> l.residents).toList(), 1).orElseThrow());
        details.put("directors", Formulas.average(held.stream().map(l -> l.directors).toList(), 1).orElseThrow());
        BigDecimal total = Formulas.average(held.stream().map(l -> l.professionals + l.managers + l.residents + l.directors).toList(), 1).orElseThrow();
        return new IndicatorValue(total, (long) held.size(), details);
    }

    private IndicatorValue leerplanCompletion(Period p) {
        LocalDate end = p.end();
        var inNetwork = facts.professionals().stream()
                .filter(f -> (f.joinedOn == null || !f.joinedOn.isAfter(end)) && (f.leftOn == null || f.leftOn.isAfter(end))).toList();
        long completed = inNetwork.stream().filter(f -> f.planCompletedOn != null && !f.planCompletedOn.isAfter(end)).count();
        return of(Formulas.percentage(completed, inNetwork.size()), inNetwork.size());
    }

    // --- imported -----------------------------------------------------------------------------------------------

    /**
     * The figure imported for exactly this period; otherwise the figures of the coarsest finer periods inside it,
     * added up for a flow or the latest one for a stock.
     */
    IndicatorValue imported(IndicatorDefinition definition, Period p) {
        List<ImportedValue> own = facts.imported().stream().filter(v -> v.indicator.equals(definition.code())).toList();
        Optional<ImportedValue> exact = own.stream().filter(v -> v.period.equals(p.label())).findFirst();
        if (exact.isPresent()) {
            return IndicatorValue.of(plain(exact.get().value), 1);
        }
        Map<Period.Granularity, List<Period>> inside = own.stream().map(v -> Period.tryParse(v.period).orElseThrow())
                .filter(pp -> pp.within(p) && !pp.equals(p)).collect(Collectors.groupingBy(Period::granularity, TreeMap::new, Collectors.toList()));
        if (inside.isEmpty()) {
            return IndicatorValue.none();
        }
        List<String> labels = inside.values().iterator().next().stream().map(Period::label).toList();
        List<ImportedValue> parts = own.stream().filter(v -> labels.contains(v.period))
                .sorted(Comparator.comparing(v -> Period.tryParse(v.period).orElseThrow().end())).toList();
        BigDecimal value = definition.aggregation() == IndicatorDefinition.Aggregation.LAST ? parts.get(parts.size() - 1).value
                : parts.stream().map(v -> v.value).reduce(BigDecimal.ZERO, BigDecimal::add);
        return IndicatorValue.of(plain(value), parts.size());
    }

    private static IndicatorValue of(Optional<BigDecimal> value, long basis) {
        return new IndicatorValue(value.orElse(null), basis, Map.of());
    }

    /** 41.00 imported becomes 41, never 4.1E+1. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    private static long nz(Integer n) {
        return n == null ? 0 : n;
    }
}
