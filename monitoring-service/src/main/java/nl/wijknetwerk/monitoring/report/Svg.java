package nl.wijknetwerk.monitoring.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts for the self-contained evaluation report: no scripts, no external files, so the page can be
 * mailed or archived as it is. Every point and bar carries its value as text, so the figures read without hovering;
 * values, axis ticks and "no data" are written in the report's language ({@link ReportTexts}).
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
    public static String lineChart(String title, List<String> labels, List<Series> series, double max, ReportTexts texts) {
        StringBuilder svg = open(title);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        axes(svg, max, texts.notation());
        for (int i = 0; i < labels.size(); i++) {
            svg.append(text(x(i, labels.size(), plotW), HEIGHT - BOTTOM + 16, "middle", "label", labels.get(i)));
        }
        if (series.stream().allMatch(l -> l.values().stream().allMatch(java.util.Objects::isNull))) {
            svg.append(text(WIDTH / 2.0, TOP + plotH / 2, "middle", "value", texts.text("no-data.chart")));
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
                // A figure goes above its point when the line is the highest there, below when another line runs above it,
                // so two close lines keep their figures readable.
                svg.append(text(x, highest(series, s, i) ? y - 8 : y + 16, "middle", "value", texts.notation().number(v)));
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
    public static String barChart(String title, List<String> labels, List<BigDecimal> values, ReportTexts texts) {
        StringBuilder svg = open(title);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        axes(svg, 100, texts.notation());
        double slot = plotW / Math.max(1, labels.size());
        for (int i = 0; i < labels.size(); i++) {
            double x = LEFT + i * slot + slot * 0.2;
            double w = slot * 0.6;
            BigDecimal v = values.get(i);
            svg.append(text(x + w / 2, HEIGHT - BOTTOM + 16, "middle", "label", labels.get(i)));
            if (v == null) {
                // A word a line, so the words of neighbouring bars stay apart.
                String[] words = texts.text("no-data").split(" ");
                for (int line = 0; line < words.length; line++) {
                    svg.append(text(x + w / 2, TOP + plotH - 4 - (words.length - 1 - line) * 12, "middle", "value", words[line]));
                }
                continue;
            }
            double h = Math.min(v.doubleValue(), 100) / 100 * plotH;
            svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(TOP + plotH - h)).append("\" width=\"").append(fmt(w))
                    .append("\" height=\"").append(fmt(h)).append("\" fill=\"").append(COLOURS[0]).append("\"/>");
            // A tall bar carries its label inside, clear of the chart's title.
            boolean inside = h > plotH * 0.85;
            svg.append(text(x + w / 2, inside ? TOP + plotH - h + 14 : TOP + plotH - h - 4, "middle", inside ? "value inside" : "value",
                    texts.notation().percent(v)));
        }
        return svg.append("</svg>").toString();
    }

    /** Whether series {@code s} is above every other series at point {@code i} (of equal ones, the first counts as above). */
    private static boolean highest(List<Series> series, int s, int i) {
        BigDecimal v = series.get(s).values().get(i);
        for (int other = 0; other < series.size(); other++) {
            List<BigDecimal> values = series.get(other).values();
            if (other != s && i < values.size() && values.get(i) != null
                    && (values.get(i).compareTo(v) > 0 || values.get(i).compareTo(v) == 0 && other < s)) {
                return false;
            }
        }
        return true;
    }

    private static StringBuilder open(String title) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\"><title>")
                .append(Html.escape(title)).append("</title>").append(text(WIDTH / 2.0, 18, "middle", "title", title));
    }

    private static void axes(StringBuilder svg, double max, Notation notation) {
        double plotH = HEIGHT - TOP - BOTTOM;
        for (int i = 0; i <= 4; i++) {
            double y = TOP + plotH - i * plotH / 4;
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#ddd\"/>");
            svg.append(text(LEFT - 6, y + 4, "end", "tick", notation.tick(max * i / 4)));
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
}
