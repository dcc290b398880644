package nl.wijknetwerk.monitoring.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import nl.wijknetwerk.monitoring.catalogue.Catalogue;
import nl.wijknetwerk.monitoring.catalogue.Goal;
import nl.wijknetwerk.monitoring.catalogue.Headline;
import nl.wijknetwerk.monitoring.catalogue.IndicatorDefinition;
import nl.wijknetwerk.monitoring.rebuild.IndicatorCompleteness;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardCalendar;

/** Puts computed indicators beside the catalogue: grouped by goal, with target, previous period and trend. */
@ApplicationScoped
public class KpiService {

    private final Catalogue catalogue;
    private final FactStore store;
    private final WardCalendar calendar;
    private final KpiSnapshots snapshots;
    private final IndicatorCompleteness completeness;

    public KpiService(Catalogue catalogue, FactStore store, WardCalendar calendar, KpiSnapshots snapshots,
            IndicatorCompleteness completeness) {
        this.completeness = completeness;
        this.catalogue = catalogue;
        this.store = store;
        this.calendar = calendar;
        this.snapshots = snapshots;
    }

    /** The period asked for, or the ward's current year when none is given; 400 naming {@code period} otherwise. */
    public Period period(String text, String ward) {
        if (text == null || text.isBlank()) {
            return Period.year(today(ward).getYear());
        }
        return Period.tryParse(text).orElseThrow(() -> ProblemException.badRequest("period",
                "'" + text + "' is not a period; use a year (2026), a quarter (2026-Q3) or a month (2026-07)"));
    }

    public LocalDate today(String ward) {
        return calendar.today(ward);
    }

    public Indicators indicators(String ward) {
        return new Indicators(store.load(ward), today(ward));
    }

    /** The KPI page: computed from the facts once per version of them, then read back (see {@link KpiSnapshots}). */
    public KpiView.WardKpis wardKpis(String ward, Period period) {
        KpiView.WardKpis page = snapshots.read(stored(ward, period));
        return completeness.now().map(page::incomplete).orElse(page);
    }

    /** The KPI page as JSON: as stored, unless a rebuild has not (yet) restored every fact it is computed from. */
    public String wardKpisJson(String ward, Period period) {
        String page = stored(ward, period);
        return completeness.now().map(incomplete -> snapshots.write(snapshots.read(page).incomplete(incomplete))).orElse(page);
    }

    private String stored(String ward, Period period) {
        LocalDate today = today(ward);
        return snapshots.page(ward, period, today, () -> computeWardKpis(ward, period, today));
    }

    private KpiView.WardKpis computeWardKpis(String ward, Period period, LocalDate today) {
        Indicators indicators = new Indicators(store.load(ward), today);
        Map<String, IndicatorValue> now = indicators.compute(period, catalogue.indicators());
        Map<String, IndicatorValue> before = indicators.compute(period.previous(), catalogue.indicators());
        List<KpiView.Goal> goals = new ArrayList<>();
        for (Goal goal : catalogue.goals()) {
            List<KpiView.Indicator> views = catalogue.indicatorsOf(goal.number()).stream()
                    .map(d -> view(d, now.get(d.code()), before.get(d.code()))).toList();
            goals.add(new KpiView.Goal(goal.number(), goal.code(), goal.name(), goal.dutch(), onTargetPercent(views), views));
        }
        List<KpiView.HeadlineMeasure> headlines = Arrays.stream(Headline.values())
                .map(h -> new KpiView.HeadlineMeasure(h, h.label, catalogue.headline(h).stream().map(IndicatorDefinition::code).toList()))
                .toList();
        return new KpiView.WardKpis(ward, period.label(), period.previous().label(), headlines, goals, null);
    }

    public KpiView.Comparison compare(List<String> wardSlugs, Period period) {
        Map<String, Map<String, IndicatorValue>> byWard = new LinkedHashMap<>();
        for (String ward : wardSlugs) {
            byWard.put(ward, indicators(ward).compute(period, catalogue.indicators()));
        }
        List<KpiView.ComparedIndicator> compared = catalogue.indicators().stream().map(d -> {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            byWard.forEach((ward, values1) -> values.put(ward, values1.get(d.code()).value()));
            return new KpiView.ComparedIndicator(d.code(), d.name(), d.dutch(), d.goal(), d.unit(), d.direction(), d.target(), values);
        }).toList();
        return new KpiView.Comparison(period.label(), wardSlugs, compared);
    }

    static KpiView.Indicator view(IndicatorDefinition d, IndicatorValue now, IndicatorValue before) {
        return new KpiView.Indicator(d.code(), d.name(), d.dutch(), d.unit(), d.direction(), d.source(), now.value(), now.basis(), d.target(),
                d.direction().meets(now.value(), d.target()), before.value(), d.direction().trend(now.value(), before.value(), d.target()),
                now.details());
    }

    /** Of the goal's indicators that have a target and a value, the share on target; null when none can be judged. */
    static BigDecimal onTargetPercent(List<KpiView.Indicator> indicators) {
        List<Boolean> judged = indicators.stream().map(KpiView.Indicator::onTarget).filter(Objects::nonNull).toList();
        return Formulas.percentage(judged.stream().filter(Boolean::booleanValue).count(), judged.size()).orElse(null);
    }
}
