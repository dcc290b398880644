package nl.wijknetwerk.monitoring.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts for the self-contained evaluation report: no scripts, no external files, so the page can be
 * mailed or archived as it is. Every point and bar carries its value as text, so the figures read without hovering.
 */
public final class Svg {

    private static final String[] COLOURS = { "#1b6ca8", "#d9822b", "#3c8d40", "#8e44ad" };
    private static final int WIDTH = 420;
    private static final int HEIGHT = 220;
    private static final int LEFT = 40;
    private static final int RIGHT = 20;
    private static final int TOP = 30;
    private static final int BOTTOM = 40;

    /** A named series of values, one per label; null is a gap (no data). */
    public record Series(String name, List<BigDecimal> values) {
    }

    private Svg() {
    }

    /** A line chart over the labels; the y axis runs from 0 to {@code max} (e.g. 10 for scores, 100 for percentages). */
    public static String lineChart(String title, List<String> labels, List<Series> series, double max) {
        StringBuilder svg = open(title);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        axes(svg, max);
        for (int i = 0; i < labels.size(); i++) {
            svg.append(text(x(i, labels.size(), plotW), HEIGHT - BOTTOM + 16, "middle", "label", labels.get(i)));
        }
        if (series.stream().allMatch(l -> l.values().stream().allMatch(java.util.Objects::isNull))) {
            svg.append(text(WIDTH / 2.0, TOP + plotH / 2, "middle", "value", "geen gegevens voor deze periode / no data"));
        }
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            String colour = COLOURS[s % COLOURS.length];
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < line.values().size() && i < labels.size(); i++) {
                BigDecimal v = line.values().get(i);
                if (v == null) {
                    continue;
                }
                double x = x(i, labels.size(), plotW);
                double y = TOP + plotH - Math.min(v.doubleValue(), max) / max * plotH;
                path.append(path.isEmpty() ? "M" : " L").append(fmt(x)).append(',').append(fmt(y));
                svg.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"4\" fill=\"").append(colour).append("\"/>");
                // Labels of a second series go below its points, so two close lines keep their figures readable.
                svg.append(text(x, s % 2 == 0 ? y - 8 : y + 16, "middle", "value", v.toPlainString()));
            }
            if (!path.isEmpty()) {
                svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"/>");
            }
            svg.append("<rect x=\"").append(LEFT + s * 130).append("\" y=\"").append(HEIGHT - 14).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(colour).append("\"/>").append(text(LEFT + s * 130 + 14, HEIGHT - 5, "start", "legend", line.name()));
        }
        return svg.append("</svg>").toString();
    }

    /** Horizontal-axis bars from 0 to 100 (percent), one per label; a null value shows "geen gegevens" (no data). */
    public static String barChart(String title, List<String> labels, List<BigDecimal> values) {
        StringBuilder svg = open(title);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        axes(svg, 100);
        double slot = plotW / Math.max(1, labels.size());
        for (int i = 0; i < labels.size(); i++) {
            double x = LEFT + i * slot + slot * 0.2;
            double w = slot * 0.6;
            BigDecimal v = values.get(i);
            svg.append(text(x + w / 2, HEIGHT - BOTTOM + 16, "middle", "label", labels.get(i)));
            if (v == null) {
                svg.append(text(x + w / 2, TOP + plotH - 4, "middle", "value", "geen gegevens"));
                continue;
            }
            double h = Math.min(v.doubleValue(), 100) / 100 * plotH;
            svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(TOP + plotH - h)).append("\" width=\"").append(fmt(w))
                    .append("\" height=\"").append(fmt(h)).append("\" fill=\"").append(COLOURS[0]).append("\"/>");
            // A tall bar carries its label inside, clear of the chart's title.
            boolean inside = h > plotH * 0.85;
            svg.append(text(x + w / 2, inside ? TOP + plotH - h + 14 : TOP + plotH - h - 4, "middle", inside ? "value inside" : "value",
                    v.toPlainString() + "%"));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\"><title>")
                .append(Html.escape(title)).append("</title>").append(text(WIDTH / 2.0, 18, "middle", "title", title));
    }

    private static void axes(StringBuilder svg, double max) {
        double plotH = HEIGHT - TOP - BOTTOM;
        for (int i = 0; i <= 4; i++) {
            double y = TOP + plotH - i * plotH / 4;
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#ddd\"/>");
            svg.append(text(LEFT - 6, y + 4, "end", "tick", trim(max * i / 4)));
        }
    }

    private static double x(int i, int n, double plotW) {
        return n == 1 ? LEFT + plotW / 2 : LEFT + 20 + i * (plotW - 40) / (n - 1);
    }

    private static String text(double x, double y, String anchor, String cls, String content) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\" class=\"" + cls + "\">" + Html.escape(content) + "</text>";
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }
}
