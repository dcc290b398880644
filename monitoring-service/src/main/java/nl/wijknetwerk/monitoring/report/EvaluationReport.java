package nl.wijknetwerk.monitoring.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import nl.wijknetwerk.monitoring.catalogue.Headline;
import nl.wijknetwerk.monitoring.indicator.KpiView;
import nl.wijknetwerk.monitoring.indicator.Period;

/**
 * What an evaluation report of a ward and period shows: every indicator by goal, and for each headline measure a
 * trend line. GOED LEVEN runs from T0 through T1 to T2 (the micro-analysis measuring moments); MOOI WERK and
 * FINANCIEEL GEZOND run over the parts of the period (quarters of a year, months of a quarter). It holds figures and
 * codes only; {@link ReportRenderer} writes them in the reader's language. {@code drawnUp}: today in the ward.
 */
public record EvaluationReport(String ward, String wardName, Period period, LocalDate drawnUp, KpiView.WardKpis kpis, List<TrendChart> trends) {

    /** {@code labels}: the measuring moments (T0, T1, T2) or the labels of the period's parts (2026-Q1…). */
    public record TrendChart(Headline headline, List<String> labels, List<Line> lines, double max) {
    }

    /** A line of a chart, named by the indicator it follows ({@code wellbeing} for the T0-T1-T2 average). */
    public record Line(String code, List<BigDecimal> values) {
    }
}
