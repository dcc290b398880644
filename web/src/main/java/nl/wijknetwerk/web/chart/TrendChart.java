package nl.wijknetwerk.web.chart;

import java.util.List;

/**
 * A line chart of indicators over periods, as SVG: each line has its own dash pattern and marker shape, a value
 * label at every point and its name in the legend, so it reads without colour. A missing value leaves a gap.
 */
public final class TrendChart {

    private static final String[] DASH = { "", "8 5", "2 4" };
    private static final String[] STROKE = { "#0b4f8a", "#8a4b00", "#1d6b2f" };
    private static final double LEFT = 40, RIGHT = 500, TOP = 30, BOTTOM = 190;

    public record Line(String name, List<Double> values) {
    }

    private TrendChart() {
    }

    public static String svg(String title, List<String> periods, List<Line> lines) {
        double max = lines.stream().flatMap(l -> l.values().stream()).filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(1);
        max = max <= 0 ? 1 : max * 1.15;
        StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 540 ")
                .append(fmt(230 + 20 * lines.size())).append("\" role=\"img\"><title>").append(Svg.escape(title));
        for (Line line : lines) {
            s.append("; ").append(Svg.escape(line.name())).append(": ");
            for (int i = 0; i < periods.size(); i++) {
                Double v = line.values().get(i);
                s.append(i > 0 ? ", " : "").append(periods.get(i)).append(' ').append(v == null ? "–" : fmt(v));
            }
        }
        s.append("</title>");
        s.append("<text x=\"").append(fmt(LEFT)).append("\" y=\"18\" font-size=\"14\" font-weight=\"600\" fill=\"#1b1b1b\">")
                .append(Svg.escape(title)).append("</text>");
        s.append("<line x1=\"").append(fmt(LEFT)).append("\" y1=\"").append(fmt(BOTTOM)).append("\" x2=\"").append(fmt(RIGHT))
                .append("\" y2=\"").append(fmt(BOTTOM)).append("\" stroke=\"#4a4a4a\"/>");
        for (int i = 0; i < periods.size(); i++) {
            s.append("<text x=\"").append(fmt(x(i, periods.size()))).append("\" y=\"").append(fmt(BOTTOM + 18))
                    .append("\" font-size=\"12\" text-anchor=\"middle\" fill=\"#1b1b1b\">").append(Svg.escape(periods.get(i))).append("</text>");
        }
        for (int k = 0; k < lines.size(); k++) {
            Line line = lines.get(k);
            StringBuilder path = new StringBuilder();
            boolean pen = false;
            for (int i = 0; i < periods.size(); i++) {
                Double v = line.values().get(i);
                if (v == null) {
                    pen = false;
                    continue;
                }
                double x = x(i, periods.size());
                double y = BOTTOM - (BOTTOM - TOP) * v / max;
                path.append(pen ? " L" : " M").append(fmt(x)).append(' ').append(fmt(y));
                pen = true;
                s.append(Svg.marker(k, x, y, STROKE[k % 3]));
                s.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y - 9 - 11 * k))
                        .append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#1b1b1b\">").append(fmt(v)).append("</text>");
            }
            if (!path.isEmpty()) {
                s.append("<path d=\"").append(path.toString().strip()).append("\" fill=\"none\" stroke=\"").append(STROKE[k % 3])
                        .append("\" stroke-width=\"2.5\" stroke-dasharray=\"").append(DASH[k % 3]).append("\"/>");
            }
            double y = 236 + 20 * k;
            s.append("<line x1=\"").append(fmt(LEFT)).append("\" y1=\"").append(fmt(y - 4)).append("\" x2=\"").append(fmt(LEFT + 40))
                    .append("\" y2=\"").append(fmt(y - 4)).append("\" stroke=\"").append(STROKE[k % 3]).append("\" stroke-width=\"2.5\" stroke-dasharray=\"")
                    .append(DASH[k % 3]).append("\"/>").append(Svg.marker(k, LEFT + 20, y - 4, STROKE[k % 3]))
                    .append("<text x=\"").append(fmt(LEFT + 50)).append("\" y=\"").append(fmt(y)).append("\" font-size=\"12\" fill=\"#1b1b1b\">")
                    .append(Svg.escape(line.name())).append("</text>");
        }
        if (lines.stream().allMatch(l -> l.values().stream().allMatch(v -> v == null))) {
            s.append("<text x=\"270\" y=\"110\" font-size=\"13\" text-anchor=\"middle\" fill=\"#4a4a4a\">–</text>");
        }
        return s.append("</svg>").toString();
    }

    private static double x(int i, int n) {
        return n == 1 ? (LEFT + RIGHT) / 2 : LEFT + 20 + (RIGHT - LEFT - 40) * i / (n - 1);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
