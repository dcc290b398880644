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

import nl.wijknetwerk.monitoring.indicator.IndicatorValue;
import nl.wijknetwerk.monitoring.indicator.KpiView;

/**
 * Writes an evaluation report in the reader's language ({@link ReportTexts}): as CSV (one line per indicator) or as
 * one self-contained HTML page with inline SVG, and that page as PDF.
 */
public final class ReportRenderer {

    /** The columns of the CSV, by their text keys ({@code csv.goal}…), in order. */
    static final List<String> CSV_COLUMNS = List.of("goal", "goal-name", "indicator", "name", "unit", "direction", "value", "target",
            "on-target", "previous-period", "previous", "trend", "basis", "details");

    /** Put first in the Dutch CSV, so Excel reads it as UTF-8 (else "vóór" shows as "vÃ³Ã³r"). */
    static final String BYTE_ORDER_MARK = "\uFEFF";

    private ReportRenderer() {
    }

    /**
     * A line per indicator. The Dutch file is for a municipal controller opening it in Excel with Dutch settings:
     * that Excel splits columns on {@code ;} (the comma is its decimal separator) and reads {@code 132394,00} as a
     * number, {@code 132394.00} as text; so {@code ;}, decimal commas, no thousands separators or euro signs (the
     * figures stay numbers to add up), and a byte order mark so the names keep their accents. The English file is
     * RFC 4180 as scripts and an English Excel expect: {@code ,} and decimal points, no byte order mark. In both the
     * codes stay codes (indicator, unit, direction, trend, {@code true}/{@code false}, the period labels and the
     * detail names), as in the KPI API, and a cell holding the separator, a quote or a line break is quoted.
     */
    public static String csv(EvaluationReport report, ReportTexts texts) {
        Notation n = texts.notation();
        String separator = texts.language() == ReportLanguage.NL ? ";" : ",";
        StringBuilder out = new StringBuilder(texts.language() == ReportLanguage.NL ? BYTE_ORDER_MARK : "")
                .append(CSV_COLUMNS.stream().map(c -> texts.text("csv." + c)).collect(Collectors.joining(separator))).append("\r\n");
        for (KpiView.Goal goal : report.kpis().goals()) {
            for (KpiView.Indicator i : goal.indicators()) {
                out.append(List.of(Integer.toString(goal.number()), texts.name(goal), i.code(), texts.name(i), i.unit().name(),
                        i.direction().name(), n.plain(i.value()), n.plain(i.target()), i.onTarget() == null ? "" : i.onTarget().toString(),
                        report.kpis().previousPeriod(), n.plain(i.previous()), i.trend().name(), i.basis() == null ? "" : i.basis().toString(),
                        details(i.details(), n)).stream().map(cell -> csvCell(cell, separator)).collect(Collectors.joining(separator)))
                        .append("\r\n");
            }
        }
        return out.toString();
    }

    public static String html(EvaluationReport report, ReportTexts texts) {
        KpiView.WardKpis kpis = report.kpis();
        Notation n = texts.notation();
        String title = texts.text("title", "ward", report.wardName(), "period", n.period(report.period()));
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html lang=\"").append(texts.language().code()).append("\"><head><meta charset=\"utf-8\"/>")
                .append("<title>").append(Html.escape(title)).append("</title>")
                .append("<style>body{font-family:Arial,Helvetica,sans-serif;margin:24px;color:#222}h1{margin-bottom:0}")
                .append(".sub{color:#666;margin-top:4px}.charts{display:flex;flex-wrap:wrap;gap:16px}svg{border:1px solid #eee;background:#fff;page-break-inside:avoid}")
                .append("svg .title{font-size:13px;font-weight:bold}svg .value{font-size:11px}svg .label,svg .tick,svg .legend{font-size:10px;fill:#555}svg .inside{fill:#fff}")
                .append("table{border-collapse:collapse;margin:8px 0 24px;width:100%}th,td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;font-size:13px}")
                .append("td.num{text-align:right;white-space:nowrap}td.none{color:#666;white-space:normal}.yes{color:#2e7d32}.no{color:#c62828}")
                .append(".incomplete{border:2px solid #c62828;padding:8px 12px;font-weight:bold}")
                // On paper (the PDF): A4 with its own margins, so the eight columns of a table fit the page.
                .append("@page{size:A4;margin:15mm}@media print{body{margin:0}th,td{font-size:11px;padding:3px 5px}}</style></head><body>")
                .append("<h1>").append(Html.escape(title)).append("</h1>")
                .append("<p class=\"sub\">").append(Html.escape(texts.text("subtitle", "previous", n.period(kpis.previousPeriod())))).append("</p>")
                .append("<p class=\"sub\">").append(Html.escape(texts.text("dates", "start", n.date(report.period().start()),
                        "end", n.date(report.period().end()), "today", n.date(report.drawnUp())))).append("</p>");
        if (kpis.incomplete() != null) {
            h.append("<p class=\"incomplete\" role=\"alert\">").append(Html.escape(texts.text("incomplete." + kpis.incomplete().rebuild().name())))
                    .append("</p>");
        }
        h.append("<div class=\"charts\">");
        for (EvaluationReport.TrendChart chart : report.trends()) {
            h.append(Svg.lineChart(texts.text("chart." + chart.headline().name()), chart.labels().stream().map(n::shortPeriod).toList(),
                    chart.lines().stream().map(l -> new Svg.Series(texts.text("line." + l.code()), l.values())).toList(), chart.max(), texts));
        }
        h.append(Svg.barChart(texts.text("chart.on-target"),
                kpis.goals().stream().map(g -> texts.text("chart.goal", "number", Integer.toString(g.number()))).toList(),
                kpis.goals().stream().map(KpiView.Goal::onTargetPercent).toList(), texts));
        h.append("</div>");
        for (KpiView.Goal goal : kpis.goals()) {
            h.append("<h2>").append(goal.number()).append(". ").append(Html.escape(texts.name(goal))).append("</h2><table><thead><tr>");
            for (String column : List.of("indicator", "value", "unit", "target", "on-target")) {
                h.append("<th>").append(Html.escape(texts.text("column." + column))).append("</th>");
            }
            h.append("<th>").append(Html.escape(texts.text("column.previous", "previous", n.period(kpis.previousPeriod())))).append("</th>")
                    .append("<th>").append(Html.escape(texts.text("column.trend"))).append("</th>")
                    .append("<th>").append(Html.escape(texts.text("column.basis"))).append("</th></tr></thead><tbody>");
            for (KpiView.Indicator i : goal.indicators()) {
                String onTarget = i.onTarget() == null ? "" : i.onTarget() ? "yes" : "no";
                h.append("<tr><td>").append(Html.escape(texts.name(i))).append("</td>").append(value(i, texts))
                        .append("<td>").append(Html.escape(texts.unit(i.unit()))).append("</td><td class=\"num\">")
                        .append(Html.escape(n.figure(i.target(), i.unit()))).append("</td><td class=\"").append(onTarget).append("\">")
                        .append(Html.escape(texts.yesNo(i.onTarget()))).append("</td>").append(figure(i.previous(), i, texts))
                        .append("<td>").append(Html.escape(texts.trend(i.trend()))).append("</td><td class=\"num\">")
                        .append(i.basis() == null ? "" : Html.escape(n.number(BigDecimal.valueOf(i.basis())))).append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        return h.append("</body></html>").toString();
    }

    /**
     * The same page as {@link #html}, as PDF: what a municipal council files. The page is well-formed XHTML, so the
     * renderer reads it as it is; the SVG charts are drawn as vectors.
     */
    public static byte[] pdf(EvaluationReport report, ReportTexts texts) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new PdfRendererBuilder().useFastMode().useSVGDrawer(new BatikSVGDrawer())
                    .withHtmlContent(html(report, texts), null).toStream(out).run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The indicator's value in the table; a figure held back because too few cases gave it says so ("minder dan 5
     * casussen") rather than "geen gegevens", which would suggest nothing was measured.
     */
    private static String value(KpiView.Indicator i, ReportTexts texts) {
        if (i.value() == null && IndicatorValue.withheld(i.details()) && i.details().containsKey(IndicatorValue.WHOLE_QUARTERS)) {
            return "<td class=\"num none\">" + Html.escape(texts.text("withheld-month")) + "</td>";
        }
        if (i.value() == null && IndicatorValue.withheld(i.details())) {
            return "<td class=\"num none\">" + Html.escape(texts.text("withheld", "minimum",
                    texts.notation().number(i.details().get(IndicatorValue.WITHHELD_BELOW)))) + "</td>";
        }
        return figure(i.value(), i, texts);
    }

    /** A figure of the table: in its unit's notation, or "geen gegevens" (no data) when there are no measurements. */
    private static String figure(BigDecimal value, KpiView.Indicator i, ReportTexts texts) {
        return value == null ? "<td class=\"num none\">" + Html.escape(texts.text("no-data")) + "</td>"
                : "<td class=\"num\">" + Html.escape(texts.notation().figure(value, i.unit())) + "</td>";
    }

    private static String details(Map<String, BigDecimal> details, Notation n) {
        return details == null ? "" : details.entrySet().stream().map(e -> e.getKey() + "=" + n.plain(e.getValue())).collect(Collectors.joining("; "));
    }

    /** Quotes a cell holding the separator, a quote or a line break, as RFC 4180 does. */
    static String csvCell(String value, String separator) {
        if (value == null) {
            return "";
        }
        return value.contains(separator) || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
