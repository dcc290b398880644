package nl.wijknetwerk.monitoring.report;

import java.math.BigDecimal;
import java.util.List;

import nl.wijknetwerk.monitoring.indicator.KpiView;

/**
 * What an evaluation report of a ward and period shows: every indicator by goal, and for each headline measure a
 * trend line. GOED LEVEN runs from T0 through T1 to T2 (the micro-analysis measuring moments); MOOI WERK and
 * FINANCIEEL GEZOND run over the parts of the period (quarters of a year, months of a quarter).
 */
public record EvaluationReport(String ward, String wardName, KpiView.WardKpis kpis, List<TrendChart> trends) {

    public record TrendChart(String headline, String title, List<String> labels, List<Line> lines, double max) {
    }

    public record Line(String name, List<BigDecimal> values) {
    }
}
