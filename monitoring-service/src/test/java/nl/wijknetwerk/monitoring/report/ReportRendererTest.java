package nl.wijknetwerk.monitoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.monitoring.catalogue.Direction;
import nl.wijknetwerk.monitoring.catalogue.Headline;
import nl.wijknetwerk.monitoring.catalogue.IndicatorDefinition;
import nl.wijknetwerk.monitoring.indicator.IndicatorValue;
import nl.wijknetwerk.monitoring.indicator.KpiView;
import nl.wijknetwerk.monitoring.indicator.Period;

class ReportRendererTest {

    static final ReportTexts DUTCH = ReportTexts.of(ReportLanguage.NL);
    static final ReportTexts ENGLISH = ReportTexts.of(ReportLanguage.EN);

    static EvaluationReport report() {
        var wellbeing = new KpiView.Indicator("wellbeing-t1", "Wellbeing about 6 weeks after (T1)", "Welzijn ongeveer 6 weken later (T1)", IndicatorDefinition.Unit.SCORE,
                Direction.HIGHER_IS_BETTER, IndicatorDefinition.Source.EVENTS, new BigDecimal("8.3"), 10L, BigDecimal.valueOf(7), true,
                null, Direction.Trend.NO_DATA, Map.of());
        var savings = new KpiView.Indicator("societal-cost-savings", "Societal-cost savings, \"do nothing\"", "Besparing; \"niets doen\"", IndicatorDefinition.Unit.EUR,
                Direction.HIGHER_IS_BETTER, IndicatorDefinition.Source.EVENTS, new BigDecimal("132394.00"), 32L, null, null,
                new BigDecimal("1234.56"), Direction.Trend.IMPROVING, Map.of("WMO", new BigDecimal("100000.00")));
        var kpis = new KpiView.WardKpis("ruwaard", "2026", "2025", List.of(), List.of(
                new KpiView.Goal(1, "lower-societal-costs", "Lower societal costs", "Lagere maatschappelijke kosten", null, List.of(savings)),
                new KpiView.Goal(3, "health", "Better health <and> quality of life", "Betere gezondheid <en> kwaliteit van leven", new BigDecimal("100.0"),
                        List.of(wellbeing))), null);
        var goedLeven = new EvaluationReport.TrendChart(Headline.GOED_LEVEN, List.of("T0", "T1", "T2"),
                List.of(new EvaluationReport.Line("wellbeing", List.of(new BigDecimal("3.5"), new BigDecimal("8.3"), new BigDecimal("8.5")))), 10);
        var mooiWerk = new EvaluationReport.TrendChart(Headline.MOOI_WERK, List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"),
                List.of(new EvaluationReport.Line("work-satisfaction", Arrays.asList(new BigDecimal("7.8"), null, new BigDecimal("8.1"), null))), 10);
        return new EvaluationReport("ruwaard", "Ruwaard", Period.year(2026), LocalDate.of(2026, 12, 2), kpis, List.of(goedLeven, mooiWerk));
    }

    @Test
    void theHtmlIsOnePageWithInlineChartsShowingTheSeedWellbeingTrend() {
        String html = ReportRenderer.html(report(), DUTCH);
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script").doesNotContain("src=").doesNotContain("href=");
        String goedLeven = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        assertThat(goedLeven).contains(">3,5</text>", ">8,3</text>", ">8,5</text>", "<path d=\"M");
        // a line per headline plus the bars per goal
        assertThat(html.split("<svg", -1)).hasSize(4);
        assertThat(html).as("a goal without figures says so on its bar, a word a line").contains(">100,0%</text>", ">geen</text>", ">gegevens</text>");
        assertThat(html).contains("Betere gezondheid &lt;en&gt; kwaliteit van leven").doesNotContain("<en>");
    }

    @Test
    void theHtmlIsDutchByDefaultWithDutchNamesAndNotation() {
        String html = ReportRenderer.html(report(), DUTCH);
        assertThat(html).contains("<html lang=\"nl\">", "<h1>Evaluatierapport Ruwaard, 2026</h1>",
                "Periode 1 januari 2026 tot en met 31 december 2026 · opgesteld op 2 december 2026",
                "GOED LEVEN: welzijn op T0, T1 en T2", "MOOI WERK: werkplezier en samenwerking", ">1e kw. 2026</text>", ">gemiddeld welzijn</text>",
                "Indicatoren op streefwaarde, per doel (%)", ">Doel 3</text>", ">7,5</text>",
                "<h2>1. Lagere maatschappelijke kosten</h2>", "<th>Streefwaarde</th>", "<th>Waarde 2025</th>",
                "<td>Welzijn ongeveer 6 weken later (T1)</td><td class=\"num\">8,3</td><td>score (1-10)</td><td class=\"num\">7</td><td class=\"yes\">ja</td>",
                "<td class=\"num\">€ 132.394,00</td><td>euro</td>", "<td class=\"num\">€ 1.234,56</td><td>verbetert</td>",
                "<td class=\"num none\">geen gegevens</td><td>geen vergelijking</td>");
        assertThat(html).doesNotContain("Evaluation", "Goal ", "Target", "no data", "8.3<", "Wellbeing about");
    }

    @Test
    void theHtmlIsEnglishWhenAskedFor() {
        String html = ReportRenderer.html(report(), ENGLISH);
        assertThat(html).contains("<html lang=\"en\">", "<h1>Evaluation report Ruwaard, 2026</h1>",
                "Period 1 January 2026 to 31 December 2026 · drawn up on 2 December 2026", "GOED LEVEN: wellbeing at T0, T1 and T2",
                ">Q1 2026</text>", ">Goal 3</text>", "<h2>1. Lower societal costs</h2>", "<th>Target</th>",
                "<td>Wellbeing about 6 weeks after (T1)</td><td class=\"num\">8.3</td>", ">3.5</text>", ">100.0%</text>",
                "<td class=\"num\">€132,394.00</td>", "<td class=\"num none\">no data</td>", ">no</text>", ">data</text>");
        assertThat(html).doesNotContain("geen gegevens", "Doel", "Welzijn");
    }

    /** Where MOOI WERK's two lines run close, each figure stays on its own side: the higher line's above, the lower's below. */
    @Test
    void theFiguresOfTwoCloseLinesGoEachOnTheirOwnSide() {
        String svg = Svg.lineChart("MOOI WERK", List.of("Q1"), List.of(new Svg.Series("werkplezier", List.of(new BigDecimal("7.8"))),
                new Svg.Series("samenwerking", List.of(new BigDecimal("9.0")))), 10, DUTCH);
        double y78 = Double.parseDouble(svg.replaceAll("(?s).*<text x=\"[\\d.]+\" y=\"([\\d.]+)\"[^>]*>7,8</text>.*", "$1"));
        double y90 = Double.parseDouble(svg.replaceAll("(?s).*<text x=\"[\\d.]+\" y=\"([\\d.]+)\"[^>]*>9,0</text>.*", "$1"));
        // y grows downwards: the 9,0 line's point is at 45, the 7,8 line's at 63
        assertThat(y90).isLessThan(45);
        assertThat(y78).isGreaterThan(63);
    }

    @Test
    void theDutchCsvIsForADutchExcel() {
        String csv = ReportRenderer.csv(report(), DUTCH);
        assertThat(csv).startsWith(ReportRenderer.BYTE_ORDER_MARK);
        String[] lines = csv.substring(1).split("\r\n");
        assertThat(lines[0]).isEqualTo("doel;doelnaam;indicator;naam;eenheid;richting;waarde;streefwaarde;op_streefwaarde;vorige_periode;vorige_waarde;trend;basis;details");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).isEqualTo("1;Lagere maatschappelijke kosten;societal-cost-savings;\"Besparing; \"\"niets doen\"\"\";EUR;HIGHER_IS_BETTER;"
                + "132394,00;;;2025;1234,56;IMPROVING;32;WMO=100000,00");
        assertThat(lines[2]).contains(";wellbeing-t1;Welzijn ongeveer 6 weken later (T1);").contains(";8,3;7;true;2025;;NO_DATA;10;");
    }

    @Test
    void theEnglishCsvHasALinePerIndicatorWithQuotedTextWhereNeeded() {
        String[] lines = ReportRenderer.csv(report(), ENGLISH).split("\r\n");
        assertThat(lines[0]).isEqualTo("goal,goal_name,indicator,name,unit,direction,value,target,on_target,previous_period,previous,trend,basis,details");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).isEqualTo("1,Lower societal costs,societal-cost-savings,\"Societal-cost savings, \"\"do nothing\"\"\",EUR,HIGHER_IS_BETTER,"
                + "132394.00,,,2025,1234.56,IMPROVING,32,WMO=100000.00");
        assertThat(lines[2]).contains(",wellbeing-t1,").contains(",8.3,7,true,2025,,NO_DATA,10,");
    }
    /** A figure held back because too few cases gave it says so, in the reader's language, rather than "no data". */
    @Test
    void aReportDrawnUpWhileTheFiguresAreShortSaysSoAtTheTop() {
        var kpis = new KpiView.WardKpis("ruwaard", "2026", "2025", List.of(), List.of(),
                new nl.wijknetwerk.monitoring.rebuild.IndicatorCompleteness.Incomplete(
                        nl.wijknetwerk.monitoring.rebuild.RebuildApi.State.running, java.time.Instant.parse("2026-12-03T07:00:00Z"), null));
        var report = new EvaluationReport("ruwaard", "Ruwaard", Period.year(2026), LocalDate.of(2026, 12, 3), kpis, List.of());

        String html = ReportRenderer.html(report, DUTCH);
        assertThat(html).contains("<p class=\"incomplete\" role=\"alert\">Let op: de cijfers worden op dit moment opnieuw berekend.");
        assertThat(html.indexOf("incomplete\" role")).isLessThan(html.indexOf("<div class=\"charts\">"));
        assertThat(ReportRenderer.html(report, ENGLISH)).contains("Note: the figures are being recalculated right now.");
    }

    @Test
    void aFigureHeldBackForTooFewCasesSaysSoInsteadOfNoData() {
        var withheld = new KpiView.Indicator("wellbeing-t0", "Wellbeing before the solution (T0)", "Welzijn vóór de oplossing (T0)",
                IndicatorDefinition.Unit.SCORE, Direction.NEUTRAL, IndicatorDefinition.Source.EVENTS, null, null, null, null, null,
                Direction.Trend.NO_DATA, Map.of(IndicatorValue.WITHHELD_BELOW, BigDecimal.valueOf(5)));
        var kpis = new KpiView.WardKpis("ruwaard", "2026-Q1", "2025-Q4", List.of(), List.of(
                new KpiView.Goal(3, "health", "Better health", "Betere gezondheid", null, List.of(withheld))), null);
        var report = new EvaluationReport("ruwaard", "Ruwaard", Period.quarter(2026, 1), LocalDate.of(2026, 3, 2), kpis, List.of());

        assertThat(ReportRenderer.html(report, DUTCH)).contains("<td>Welzijn vóór de oplossing (T0)</td>"
                + "<td class=\"num none\">niet getoond: minder dan 5 casussen</td>");
        assertThat(ReportRenderer.html(report, ENGLISH)).contains("<td class=\"num none\">withheld: fewer than 5 cases</td>");
        String[] lines = ReportRenderer.csv(report, DUTCH).split("\r\n");
        assertThat(lines[1].split(";", -1)[6]).as("no value").isEmpty();
        assertThat(lines[1].split(";", -1)[12]).as("no basis").isEmpty();
        assertThat(lines[1]).endsWith(";withheldBelow=5");
    }
}
