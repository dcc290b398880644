package nl.wijknetwerk.web.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import nl.wijknetwerk.web.i18n.Msg;

/**
 * The Positieve Gezondheid spider chart: six axes 0–10, one polygon per measurement (T0, T1, T2). Drawn on the
 * server as SVG, so it needs no script; each moment has its own line style and marker shape and is named in the
 * legend and in the SVG's title, so it reads without colour.
 */
public final class SpiderChart {

    /** The six dimensions in the API's field names, clockwise from the top. */
    public static final List<String> DIMENSIONS = List.of("bodilyFunctions", "mentalWellbeing", "meaning", "qualityOfLife",
            "participation", "dailyFunctioning");

    private static final String[] DASH = { "", "8 5", "2 4" };
    private static final String[] STROKE = { "#0b4f8a", "#8a4b00", "#1d6b2f" };
    private static final double CX = 210, CY = 170, R = 115;

    /** One measurement: its label (e.g. "T0 · 2026-03-02") and its six values (null where not scored). */
    public record Series(String label, List<Integer> values) {
    }

    private SpiderChart() {
    }

    /** The chart of a case's wellbeing answer (the API's CaseWellbeing), or null when no dimension was scored. */
    @SuppressWarnings("unchecked")
    public static String of(Map<String, Object> wellbeing, Locale locale) {
        if (wellbeing == null) {
            return null;
        }
        List<Series> series = new ArrayList<>();
        for (Map<String, Object> m : (List<Map<String, Object>>) wellbeing.getOrDefault("measurements", List.of())) {
            Map<String, Object> health = (Map<String, Object>) m.get("positiveHealth");
            if (health == null) {
                continue;
            }
            List<Integer> values = new ArrayList<>();
            for (String d : DIMENSIONS) {
                values.add(health.get(d) instanceof Number n ? n.intValue() : null);
            }
            series.add(new Series(m.get("moment") + " · " + m.get("measuredOn"), values));
        }
        if (series.isEmpty()) {
            return null;
        }
        Msg msg = MessageBundles.get(Msg.class, Localized.Literal.of(locale.getLanguage()));
        List<String> labels = List.of(msg.dim_bodilyFunctions(), msg.dim_mentalWellbeing(), msg.dim_meaning(),
                msg.dim_qualityOfLife(), msg.dim_participation(), msg.dim_dailyFunctioning());
        return svg(series, labels, msg.spider_title());
    }

    public static String svg(List<Series> series, List<String> labels, String title) {
        StringBuilder s = new StringBuilder();
        // Wider than the web itself: the axis labels left and right ("Dagelijks functioneren") need the room.
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-90 0 600 ").append(360 + 22 * series.size())
                .append("\" role=\"img\" aria-labelledby=\"spider-title\"><title id=\"spider-title\">").append(Svg.escape(title));
        for (Series one : series) {
            s.append("; ").append(Svg.escape(one.label())).append(": ");
            for (int i = 0; i < labels.size(); i++) {
                s.append(i > 0 ? ", " : "").append(Svg.escape(labels.get(i))).append(' ')
                        .append(one.values().get(i) == null ? "–" : one.values().get(i));
            }
        }
        s.append("</title>");
        // Rings at 2, 4, 6, 8, 10 with their value on the top axis.
        for (int ring = 2; ring <= 10; ring += 2) {
            s.append("<polygon fill=\"none\" stroke=\"#c7ced6\" points=\"").append(points(ring, 6)).append("\"/>");
            s.append("<text x=\"").append(fmt(CX + 3)).append("\" y=\"").append(fmt(CY - R * ring / 10.0 + 4))
                    .append("\" font-size=\"10\" fill=\"#4a4a4a\">").append(ring).append("</text>");
        }
        for (int i = 0; i < labels.size(); i++) {
            double[] end = point(i, 10);
            double[] label = point(i, 11.6);
            s.append("<line x1=\"").append(fmt(CX)).append("\" y1=\"").append(fmt(CY)).append("\" x2=\"").append(fmt(end[0]))
                    .append("\" y2=\"").append(fmt(end[1])).append("\" stroke=\"#c7ced6\"/>");
            String anchor = Math.abs(label[0] - CX) < 5 ? "middle" : label[0] > CX ? "start" : "end";
            s.append("<text x=\"").append(fmt(label[0])).append("\" y=\"").append(fmt(label[1] + 4)).append("\" font-size=\"13\" text-anchor=\"")
                    .append(anchor).append("\" fill=\"#1b1b1b\">").append(Svg.escape(labels.get(i))).append("</text>");
        }
        for (int k = 0; k < series.size(); k++) {
            Series one = series.get(k);
            StringBuilder pts = new StringBuilder();
            for (int i = 0; i < one.values().size(); i++) {
                double[] p = point(i, one.values().get(i) == null ? 0 : one.values().get(i));
                pts.append(fmt(p[0])).append(',').append(fmt(p[1])).append(' ');
            }
            s.append("<polygon fill=\"").append(STROKE[k % 3]).append("\" fill-opacity=\"0.08\" stroke=\"").append(STROKE[k % 3])
                    .append("\" stroke-width=\"2.5\" stroke-dasharray=\"").append(DASH[k % 3]).append("\" points=\"")
                    .append(pts.toString().strip()).append("\"/>");
            for (int i = 0; i < one.values().size(); i++) {
                if (one.values().get(i) != null) {
                    double[] p = point(i, one.values().get(i));
                    s.append(Svg.marker(k, p[0], p[1], STROKE[k % 3]));
                }
            }
            double y = 360 + 22 * k;
            s.append("<line x1=\"20\" y1=\"").append(fmt(y - 4)).append("\" x2=\"60\" y2=\"").append(fmt(y - 4)).append("\" stroke=\"")
                    .append(STROKE[k % 3]).append("\" stroke-width=\"2.5\" stroke-dasharray=\"").append(DASH[k % 3]).append("\"/>")
                    .append(Svg.marker(k, 40, y - 4, STROKE[k % 3]))
                    .append("<text x=\"70\" y=\"").append(fmt(y)).append("\" font-size=\"13\" fill=\"#1b1b1b\">")
                    .append(Svg.escape(one.label())).append("</text>");
        }
        return s.append("</svg>").toString();
    }

    private static String points(double value, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double[] p = point(i, value);
            out.append(fmt(p[0])).append(',').append(fmt(p[1])).append(' ');
        }
        return out.toString().strip();
    }

    private static double[] point(int axis, double value) {
        double angle = -Math.PI / 2 + axis * 2 * Math.PI / DIMENSIONS.size();
        return new double[] { CX + Math.cos(angle) * R * value / 10.0, CY + Math.sin(angle) * R * value / 10.0 };
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
