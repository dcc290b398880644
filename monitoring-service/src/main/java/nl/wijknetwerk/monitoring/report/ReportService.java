package nl.wijknetwerk.monitoring.report;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import nl.wijknetwerk.monitoring.catalogue.Headline;
import nl.wijknetwerk.monitoring.indicator.Indicators;
import nl.wijknetwerk.monitoring.indicator.KpiService;
import nl.wijknetwerk.monitoring.indicator.Period;
import nl.wijknetwerk.shared.ward.Ward;
import nl.wijknetwerk.shared.ward.WardDirectory;

/** Assembles the evaluation report of a ward for a period from the same computation as the KPI API. */
@ApplicationScoped
public class ReportService {

    private final KpiService kpis;
    private final WardDirectory wards;

    public ReportService(KpiService kpis, WardDirectory wards) {
        this.kpis = kpis;
        this.wards = wards;
    }

    public EvaluationReport report(String ward, Period period) {
        Indicators indicators = kpis.indicators(ward);
        List<Period> parts = period.parts();
        List<String> partLabels = parts.stream().map(Period::label).toList();
        var goedLeven = new EvaluationReport.TrendChart(Headline.GOED_LEVEN, List.of("T0", "T1", "T2"),
                List.of(new EvaluationReport.Line("wellbeing", Arrays.asList( // null: no data yet
                        indicators.compute("wellbeing-t0", period).value(),
                        indicators.compute("wellbeing-t1", period).value(),
                        indicators.compute("wellbeing-t2", period).value()))), 10);
        var mooiWerk = new EvaluationReport.TrendChart(Headline.MOOI_WERK, partLabels,
                List.of(line("work-satisfaction", indicators, parts), line("collaboration-rating", indicators, parts)), 10);
        var financieel = new EvaluationReport.TrendChart(Headline.FINANCIEEL_GEZOND, partLabels,
                List.of(line("budget-utilisation", indicators, parts)), 100);
        String name = wards.find(ward).map(Ward::name).orElse(ward);
        return new EvaluationReport(ward, name, period, kpis.today(ward), kpis.wardKpis(ward, period), List.of(goedLeven, mooiWerk, financieel));
    }

    private static EvaluationReport.Line line(String code, Indicators indicators, List<Period> parts) {
        List<BigDecimal> values = parts.stream().map(p -> indicators.compute(code, p).value()).toList();
        return new EvaluationReport.Line(code, values);
    }
}
