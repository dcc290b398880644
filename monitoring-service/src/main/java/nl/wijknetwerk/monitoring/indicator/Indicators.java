package nl.wijknetwerk.monitoring.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
     * Held back below {@link MinimumGroup#RESIDENTS} cases (over one case they are that resident's care costs per
     * domain); the split into existing and new only when neither part has one to four cases
     * ({@link MinimumGroup#partsLargeEnough}), else the total minus one part would give the other away.
     */
    private IndicatorValue societalCostSavings(Period p, String type) {
        Map<UUID, AnalysisFact> latest = new LinkedHashMap<>();
        facts.analyses().stream().filter(a -> p.contains(a.completedOn))
                .sorted(Comparator.comparing((AnalysisFact a) -> a.completedOn).thenComparing(a -> a.repeat))
                .forEach(a -> latest.put(a.caseId, a));
        SocietalCostSavings.Sum sum = SocietalCostSavings.of(latest.values(), type);
        SocietalCostSavings.Sum existing = SocietalCostSavings.of(latest.values(), SocietalCostSavings.EXISTING);
        SocietalCostSavings.Sum fresh = SocietalCostSavings.of(latest.values(), SocietalCostSavings.NEW);
        if (sum.cases() == 0) {
            return IndicatorValue.none();
        }
        // The split is a pair of figures of its own: each part must be safe over the period's year as the whole is,
        // for the whole minus one shown part is the other.
        boolean splitShown = MinimumGroup.partsLargeEnough(existing.cases(), fresh.cases())
                && (existing.cases() == 0 || savingsDisclosed(p, SocietalCostSavings.EXISTING))
                && (fresh.cases() == 0 || savingsDisclosed(p, SocietalCostSavings.NEW));
        if (!MinimumGroup.isLargeEnough(sum.cases()) || !savingsDisclosed(p, null) || (type != null && !splitShown)) {
            return MinimumGroup.withheld();
        }
        Map<String, BigDecimal> details = new LinkedHashMap<>();
        sum.byDomainCents().forEach((domain, cents) -> details.put(domain, Formulas.euros(cents)));
        if (type == null && splitShown) {
            details.put("existingCases", BigDecimal.valueOf(existing.cases()));
            details.put("existing", Formulas.euros(existing.cents()));
            details.put("newCases", BigDecimal.valueOf(fresh.cases()));
            details.put("new", Formulas.euros(fresh.cents()));
        }
        return new IndicatorValue(Formulas.euros(sum.cents()), (long) sum.cases(), details);
    }

    /** Whether the period's savings of the kind ({@code null}: any) may be shown beside its year's other periods. */
    private boolean savingsDisclosed(Period p, String type) {
        return PeriodDisclosure.shown(p, PeriodDisclosure.casesByMonth(p.start().getYear(),
                facts.analyses().stream().filter(a -> type == null || type.equals(a.caseType)), a -> a.completedOn, a -> a.caseId));
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
        Map<UUID, CaseFact> cases = facts.cases().stream().collect(Collectors.toMap(c -> c.caseId, c -> c));
        Map<UUID, MdoFact> first = new LinkedHashMap<>();
        facts.mdos().stream().sorted(Comparator.comparing((MdoFact m) -> m.heldOn)).forEach(m -> first.putIfAbsent(m.caseId, m));
        List<Long> days = new ArrayList<>();
        for (MdoFact m : first.values()) {
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
        List<TriageRoute> routes = facts.cases().stream().filter(c -> p.contains(c.openedOn) && c.triageRoute != null)
                .map(c -> TriageRoute.valueOf(c.triageRoute)).toList();
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
    // Every computed figure of this goal comes from residents' own scores and answers (health data): it is published
    // only when at least MinimumGroup.RESIDENTS different cases gave it, so that no one resident's score can be read
    // from it (with one case the "average" is that resident's score). Below that: no value and no basis, and the
    // detail withheldBelow=5 saying why (MinimumGroup#withheld). Whatever shows these figures (the KPI page and its
    // snapshots, the comparison of wards, the trend charts, the evaluation report) reads them from here.

    /**
     * The average score of the moment's measurements in the period (all residents of a case count; basis: the
     * measurements), held back unless at least {@link MinimumGroup#RESIDENTS} different cases were measured.
     */
    private IndicatorValue wellbeing(Period p, String moment) {
        List<WellbeingFact> measured = facts.wellbeing().stream().filter(w -> moment.equals(w.moment) && p.contains(w.measuredOn)).toList();
        return ofResidents(p, distinctCases(measured), w -> moment.equals(w.moment), () -> of(Formulas.average(measured.stream().map(w -> w.score).toList(), 1), measured.size()));
    }

    /**
     * A case improves when its latest follow-up (T2 if there is one, else T1) averages above its T0. The share is held
     * back unless at least {@link MinimumGroup#RESIDENTS} cases were followed: over one case it tells whether that
     * resident got better.
     */
    private IndicatorValue wellbeingImproving(Period p) {
        Map<UUID, List<WellbeingFact>> byCase = facts.wellbeing().stream().filter(w -> !w.measuredOn.isAfter(p.end()))
                .collect(Collectors.groupingBy(w -> w.caseId, LinkedHashMap::new, Collectors.toList()));
        long followed = 0;
        long improving = 0;
        for (List<WellbeingFact> measurements : byCase.values()) {
            boolean followUpInPeriod = measurements.stream().anyMatch(w -> !"T0".equals(w.moment) && p.contains(w.measuredOn));
            Optional<BigDecimal> t0 = Formulas.average(scores(measurements, "T0"), 2);
            if (!followUpInPeriod || t0.isEmpty()) {
                continue;
            }
            List<Integer> t2 = scores(measurements, "T2");
            Optional<BigDecimal> followUp = Formulas.average(t2.isEmpty() ? scores(measurements, "T1") : t2, 2);
            followed++;
            if (followUp.orElseThrow().compareTo(t0.get()) > 0) {
                improving++;
            }
        }
        long cases = followed;
        long better = improving;
        Set<UUID> withBaseline = facts.wellbeing().stream().filter(w -> "T0".equals(w.moment)).map(w -> w.caseId)
                .collect(Collectors.toSet());
        return ofResidents(p, cases, w -> !"T0".equals(w.moment) && withBaseline.contains(w.caseId), () -> of(Formulas.percentage(better, cases), cases));
    }

    /**
     * Ervaart iemand de hulp als passend: the average answer given in the period, shown only when at least
     * {@link MinimumGroup#RESIDENTS} different cases answered, so that no one resident's answer can be read from it.
     */
    private IndicatorValue helpFitting(Period p) {
        List<WellbeingFact> answers = facts.wellbeing().stream().filter(w -> w.helpFitting != null && p.contains(w.measuredOn)).toList();
        long cases = distinctCases(answers);
        return ofResidents(p, cases, w -> w.helpFitting != null,
                () -> of(Formulas.average(answers.stream().map(w -> w.helpFitting).toList(), 1), cases));
    }

    /**
     * No data when no case gave it; held back when fewer than the minimum group did, or when the period's figure
     * beside its year's, quarters' and months' would give a smaller group away ({@link PeriodDisclosure}); else the
     * figure.
     */
    private IndicatorValue ofResidents(Period p, long distinctCases, Predicate<WellbeingFact> kind, Supplier<IndicatorValue> figure) {
        if (distinctCases == 0) {
            return IndicatorValue.none();
        }
        return MinimumGroup.isLargeEnough(distinctCases) && PeriodDisclosure.shown(p, PeriodDisclosure.casesByMonth(
                p.start().getYear(), facts.wellbeing().stream().filter(kind), w -> w.measuredOn, w -> w.caseId))
                ? figure.get() : MinimumGroup.withheld();
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
