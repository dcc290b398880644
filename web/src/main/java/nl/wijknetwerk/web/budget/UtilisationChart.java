package nl.wijknetwerk.web.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.wijknetwerk.web.chart.Svg;

/**
 * Utilisation (uitnutting) as horizontal bars, one per line of the budget: the whole budget, each category and each
 * provider with an allocation. The outlined track is the allocation (100%), the solid part what was spent, the
 * hatched part the projection to year end at the pace so far. Each bar carries its figures as text above it and in
 * the SVG's title, and a projection past the allocation is said in words: it reads without colour.
 */
public final class UtilisationChart {

    private static final double WIDTH = 600, ROW = 62, TOP = 40;
    private static final String INK = "#0b4f8a";

    /** One bar: what it is, and the cents allocated, spent and projected to year end. */
    public record Bar(String label, long allocatedCents, long spentCents, long projectedCents) {

        double spentPercent() {
            return percent(spentCents);
        }

        double projectedPercent() {
            return percent(Math.max(projectedCents, spentCents));
        }

        private double percent(long cents) {
            return allocatedCents <= 0 ? 0 : cents * 100.0 / allocatedCents;
        }
    }

    /** The texts of the chart in the page's language. */
    public record Labels(String title, String spent, String projected, String allocated, String overAllocation, String lang) {
    }

    private UtilisationChart() {
    }

    /** The chart of the API's BudgetOverview: the whole budget, then categories and providers that have an allocation. */
    @SuppressWarnings("unchecked")
    public static String of(Map<String, Object> overview, BudgetMsg msg, String lang) {
        List<Bar> bars = new ArrayList<>();
        bars.add(new Bar(msg.budget_chart_whole(), cents(overview.get("budgetCents")), cents(overview.get("spentCents")),
                cents(overview.get("projectedSpentCents"))));
        for (Map<String, Object> c : (List<Map<String, Object>>) overview.getOrDefault("categories", List.of())) {
            if (cents(c.get("allocatedCents")) > 0) {
                bars.add(new Bar(category(msg, String.valueOf(c.get("category"))), cents(c.get("allocatedCents")),
                        cents(c.get("spentCents")), cents(c.get("projectedSpentCents"))));
            }
        }
        for (Map<String, Object> p : (List<Map<String, Object>>) overview.getOrDefault("providers", List.of())) {
            if (cents(p.get("allocatedCents")) > 0) {
                bars.add(new Bar(msg.budget_chart_provider(p.get("name")), cents(p.get("allocatedCents")), cents(p.get("spentCents")),
                        cents(p.get("projectedSpentCents"))));
            }
        }
        return svg(bars, new Labels(msg.budget_chart_title(overview.get("year")), msg.budget_chart_spent(),
                msg.budget_chart_projected(), msg.budget_chart_allocated(), msg.budget_chart_over(), lang));
    }

    /** The category's name in the page's language (the keys {@code budget_category_*} the templates use as well). */
    static String category(BudgetMsg msg, String category) {
        return switch (category) {
            case "PROVIDER" -> msg.budget_category_PROVIDER();
            case "COLLECTIVE_PROVISION" -> msg.budget_category_COLLECTIVE_PROVISION();
            case "RESIDENT_INITIATIVE" -> msg.budget_category_RESIDENT_INITIATIVE();
            case "VOORLIGGEND" -> msg.budget_category_VOORLIGGEND();
            case "MAATWERK" -> msg.budget_category_MAATWERK();
            case "RESERVE" -> msg.budget_category_RESERVE();
            default -> category;
        };
    }

    private static long cents(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    public static String svg(List<Bar> bars, Labels labels) {
        double scale = 100;
        for (Bar bar : bars) {
            scale = Math.max(scale, Math.min(200, Math.ceil(bar.projectedPercent() / 10) * 10));
        }
        double height = TOP + ROW * bars.size() + 60;
        StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-10 0 ").append(fmt(WIDTH + 20))
                .append(' ').append(fmt(height)).append("\" role=\"img\"><title>").append(Svg.escape(labels.title()));
        for (Bar bar : bars) {
            s.append("; ").append(Svg.escape(bar.label())).append(": ").append(Svg.escape(figures(bar, labels)));
        }
        s.append("</title><defs><pattern id=\"hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                .append("<rect width=\"8\" height=\"8\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"").append(INK)
                .append("\" stroke-width=\"3\"/></pattern></defs>");
        s.append("<text x=\"0\" y=\"18\" font-size=\"15\" font-weight=\"600\" fill=\"#1b1b1b\">").append(Svg.escape(labels.title())).append("</text>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = TOP + ROW * i;
            s.append("<text x=\"0\" y=\"").append(fmt(y + 14)).append("\" font-size=\"13\" fill=\"#1b1b1b\"><tspan font-weight=\"600\">")
                    .append(Svg.escape(bar.label())).append("</tspan> · ").append(Svg.escape(figures(bar, labels))).append("</text>");
            double barY = y + 22;
            // The allocation: the outlined track up to 100%.
            s.append("<rect class=\"allocated\" x=\"0\" y=\"").append(fmt(barY)).append("\" width=\"").append(fmt(x(100, scale)))
                    .append("\" height=\"22\" fill=\"#eef1f4\" stroke=\"#4a4a4a\"/>");
            double spent = Math.min(bar.spentPercent(), scale);
            double projected = Math.min(bar.projectedPercent(), scale);
            if (projected > spent) {
                s.append("<rect class=\"projected\" x=\"").append(fmt(x(spent, scale))).append("\" y=\"").append(fmt(barY + 3))
                        .append("\" width=\"").append(fmt(x(projected - spent, scale))).append("\" height=\"16\" fill=\"url(#hatch)\" stroke=\"")
                        .append(INK).append("\"/>");
            }
            if (spent > 0) {
                s.append("<rect class=\"spent\" x=\"0\" y=\"").append(fmt(barY + 3)).append("\" width=\"").append(fmt(x(spent, scale)))
                        .append("\" height=\"16\" fill=\"").append(INK).append("\"/>");
            }
            s.append("<line x1=\"").append(fmt(x(100, scale))).append("\" y1=\"").append(fmt(barY - 4)).append("\" x2=\"")
                    .append(fmt(x(100, scale))).append("\" y2=\"").append(fmt(barY + 26)).append("\" stroke=\"#1b1b1b\" stroke-width=\"2\"/>");
        }
        double legend = TOP + ROW * bars.size() + 20;
        s.append("<rect x=\"0\" y=\"").append(fmt(legend - 11)).append("\" width=\"24\" height=\"14\" fill=\"").append(INK).append("\"/>")
                .append("<text x=\"30\" y=\"").append(fmt(legend)).append("\" font-size=\"12\" fill=\"#1b1b1b\">").append(Svg.escape(labels.spent())).append("</text>")
                .append("<rect x=\"190\" y=\"").append(fmt(legend - 11)).append("\" width=\"24\" height=\"14\" fill=\"url(#hatch)\" stroke=\"").append(INK).append("\"/>")
                .append("<text x=\"220\" y=\"").append(fmt(legend)).append("\" font-size=\"12\" fill=\"#1b1b1b\">").append(Svg.escape(labels.projected())).append("</text>")
                .append("<rect x=\"0\" y=\"").append(fmt(legend + 13)).append("\" width=\"24\" height=\"14\" fill=\"#eef1f4\" stroke=\"#4a4a4a\"/>")
                .append("<line x1=\"24\" y1=\"").append(fmt(legend + 9)).append("\" x2=\"24\" y2=\"").append(fmt(legend + 31)).append("\" stroke=\"#1b1b1b\" stroke-width=\"2\"/>")
                .append("<text x=\"30\" y=\"").append(fmt(legend + 24)).append("\" font-size=\"12\" fill=\"#1b1b1b\">").append(Svg.escape(labels.allocated())).append("</text>");
        return s.append("</svg>").toString();
    }

    /** "45,2% spent · 49,1% projected", and a warning in words when the projection passes the allocation. */
    static String figures(Bar bar, Labels labels) {
        String text = pct(bar.spentPercent(), labels.lang()) + " " + labels.spent() + " · " + pct(bar.projectedPercent(), labels.lang())
                + " " + labels.projected();
        return bar.projectedPercent() > 100 ? text + " · ⚠ " + labels.overAllocation() : text;
    }

    private static String pct(double percent, String lang) {
        return Money.pct(Math.round(percent * 10) / 10.0, lang);
    }

    private static double x(double percent, double scale) {
        return WIDTH * percent / scale;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
