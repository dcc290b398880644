package nl.wijknetwerk.monitoring.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

import nl.wijknetwerk.monitoring.indicator.KpiView;

/** Writes an evaluation report as CSV (one line per indicator) or as one self-contained HTML page with inline SVG. */
public final class ReportRenderer {

    static final String CSV_HEADER = "goal,goal_name,indicator,name,unit,direction,value,target,on_target,previous_period,previous,trend,basis,details";

    /** What a figure without measurements says, Dutch first (the page is read by the ward's partners). */
    static final String NO_DATA = "geen gegevens / no data";

    private ReportRenderer() {
    }

    public static String csv(EvaluationReport report) {
        StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
        for (KpiView.Goal goal : report.kpis().goals()) {
            for (KpiView.Indicator i : goal.indicators()) {
                out.append(String.join(",", List.of(Integer.toString(goal.number()), csvCell(goal.name()), i.code(), csvCell(i.name()),
                        i.unit().name(), i.direction().name(), num(i.value()), num(i.target()), i.onTarget() == null ? "" : i.onTarget().toString(),
                        report.kpis().previousPeriod(), num(i.previous()), i.trend().name(), i.basis() == null ? "" : i.basis().toString(),
                        csvCell(details(i.details()))))).append("\r\n");
            }
        }
        return out.toString();
    }

    public static String html(EvaluationReport report) {
        KpiView.WardKpis kpis = report.kpis();
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"/>")
                .append("<title>Evaluation ").append(Html.escape(report.wardName())).append(' ').append(kpis.period()).append("</title>")
                .append("<style>body{font-family:Arial,Helvetica,sans-serif;margin:24px;color:#222}h1{margin-bottom:0}")
                .append(".sub{color:#666;margin-top:4px}.charts{display:flex;flex-wrap:wrap;gap:16px}svg{border:1px solid #eee;background:#fff}")
                .append("svg .title{font-size:13px;font-weight:bold}svg .value{font-size:11px}svg .label,svg .tick,svg .legend{font-size:10px;fill:#555}svg .inside{fill:#fff}")
                .append("table{border-collapse:collapse;margin:8px 0 24px;width:100%}th,td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;font-size:13px}")
                .append("td.num{text-align:right}.yes{color:#2e7d32}.no{color:#c62828}</style></head><body>")
                .append("<h1>Evaluation ").append(Html.escape(report.wardName())).append(", ").append(Html.escape(kpis.period())).append("</h1>")
                .append("<p class=\"sub\">KPIs for the five strategic goals; trends against ").append(Html.escape(kpis.previousPeriod()))
                .append(". Headline measures GOED LEVEN, MOOI WERK, FINANCIEEL GEZOND.</p><div class=\"charts\">");
        for (EvaluationReport.TrendChart chart : report.trends()) {
            h.append(Svg.lineChart(chart.title(), chart.labels(),
                    chart.lines().stream().map(l -> new Svg.Series(l.name(), l.values())).toList(), chart.max()));
        }
        h.append(Svg.barChart("Indicators on target per goal (%)",
                kpis.goals().stream().map(g -> "Goal " + g.number()).toList(),
                kpis.goals().stream().map(KpiView.Goal::onTargetPercent).toList()));
        h.append("</div>");
        for (KpiView.Goal goal : kpis.goals()) {
            h.append("<h2>").append(goal.number()).append(". ").append(Html.escape(goal.name())).append("</h2><table><thead><tr>")
                    .append("<th>Indicator</th><th>Value</th><th>Unit</th><th>Target</th><th>On target</th><th>")
                    .append(Html.escape(kpis.previousPeriod())).append("</th><th>Trend</th><th>Basis</th></tr></thead><tbody>");
            for (KpiView.Indicator i : goal.indicators()) {
                h.append("<tr><td>").append(Html.escape(i.name())).append("</td><td class=\"num\">").append(i.value() == null ? NO_DATA : num(i.value()))
                        .append("</td><td>").append(i.unit()).append("</td><td class=\"num\">").append(num(i.target())).append("</td><td class=\"")
                        .append(i.onTarget() == null ? "" : i.onTarget() ? "yes" : "no").append("\">")
                        .append(i.onTarget() == null ? "" : i.onTarget() ? "yes" : "no").append("</td><td class=\"num\">").append(num(i.previous()))
                        .append("</td><td>").append(i.trend().name().toLowerCase().replace('_', ' ')).append("</td><td class=\"num\">")
                        .append(i.basis() == null ? "" : i.basis()).append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        return h.append("</body></html>").toString();
    }

    /**
     * The same page as {@link #html}, as PDF: what a municipal council files. The page is well-formed XHTML, so the
     * renderer reads it as it is; the SVG charts are drawn as vectors.
     */
    public static byte[] pdf(EvaluationReport report) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new PdfRendererBuilder().useFastMode().useSVGDrawer(new BatikSVGDrawer())
                    .withHtmlContent(html(report), null).toStream(out).run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String num(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String details(Map<String, BigDecimal> details) {
        return details == null ? "" : details.entrySet().stream().map(e -> e.getKey() + "=" + num(e.getValue())).collect(Collectors.joining("; "));
    }

    /** Quotes a cell holding a separator, quote or line break, as RFC 4180 does. */
    static String csvCell(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") || value.contains("\n") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
