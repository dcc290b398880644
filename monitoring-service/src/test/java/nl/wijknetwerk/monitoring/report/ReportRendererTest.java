package nl.wijknetwerk.monitoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.monitoring.catalogue.Direction;
import nl.wijknetwerk.monitoring.catalogue.IndicatorDefinition;
import nl.wijknetwerk.monitoring.indicator.KpiView;

class ReportRendererTest {

    static EvaluationReport report() {
        var wellbeing = new KpiView.Indicator("wellbeing-t1", "Wellbeing about 6 weeks after (T1)", "Welzijn ongeveer 6 weken later (T1)", IndicatorDefinition.Unit.SCORE,
                Direction.HIGHER_IS_BETTER, IndicatorDefinition.Source.EVENTS, new BigDecimal("8.3"), 10L, BigDecimal.valueOf(7), true,
                null, Direction.Trend.NO_DATA, Map.of());
        var savings = new KpiView.Indicator("societal-cost-savings", "Societal-cost savings, \"do nothing\"", "Besparing", IndicatorDefinition.Unit.EUR,
                Direction.HIGHER_IS_BETTER, IndicatorDefinition.Source.EVENTS, new BigDecimal("132394.00"), 32L, null, null,
                null, Direction.Trend.NO_DATA, Map.of("WMO", new BigDecimal("100000.00")));
        var kpis = new KpiView.WardKpis("ruwaard", "2026", "2025", List.of(), List.of(
                new KpiView.Goal(1, "lower-societal-costs", "Lower societal costs", "Lagere maatschappelijke kosten", null, List.of(savings)),
                new KpiView.Goal(3, "health", "Better health <and> quality of life", "Betere gezondheid", new BigDecimal("100.0"), List.of(wellbeing))));
        var goedLeven = new EvaluationReport.TrendChart("GOED LEVEN", "GOED LEVEN: wellbeing T0 → T1 → T2 (1-10)", List.of("T0", "T1", "T2"),
                List.of(new EvaluationReport.Line("average wellbeing", List.of(new BigDecimal("3.5"), new BigDecimal("8.3"), new BigDecimal("8.5")))), 10);
        var mooiWerk = new EvaluationReport.TrendChart("MOOI WERK", "MOOI WERK", List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"),
                List.of(new EvaluationReport.Line("work satisfaction", Arrays.asList(new BigDecimal("7.8"), null, new BigDecimal("8.1"), null))), 10);
        return new EvaluationReport("ruwaard", "Ruwaard", kpis, List.of(goedLeven, mooiWerk));
    }

    @Test
    void theHtmlIsOnePageWithInlineChartsShowingTheSeedWellbeingTrend() {
        String html = ReportRenderer.html(report());
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script").doesNotContain("src=").doesNotContain("href=");
        String goedLeven = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        assertThat(goedLeven).contains(">3.5</text>", ">8.3</text>", ">8.5</text>", "<path d=\"M");
        // a line per headline plus the bars per goal
        assertThat(html.split("<svg", -1)).hasSize(4);
        assertThat(html).contains(">100.0%</text>", ">geen gegevens</text>");
        assertThat(html).contains("Better health &lt;and&gt; quality of life").doesNotContain("<and>");
    }

    @Test
    void theCsvHasALinePerIndicatorWithQuotedTextWhereNeeded() {
        String[] lines = ReportRenderer.csv(report()).split("\r\n");
        assertThat(lines[0]).isEqualTo(ReportRenderer.CSV_HEADER);
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith("1,Lower societal costs,societal-cost-savings,\"Societal-cost savings, \"\"do nothing\"\"\",EUR,HIGHER_IS_BETTER,132394.00,,,2025,,NO_DATA,32,WMO=100000.00");
        assertThat(lines[2]).contains(",wellbeing-t1,").contains(",8.3,7,true,2025,,NO_DATA,10,");
    }
}
