package nl.wijknetwerk.benchmarks;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * monitoring-service's own measure of freshness, the {@code wijknetwerk.monitoring.freshness} timer: from an
 * event's time to its fact committed, for every event the service consumes (not only the probe's). Parsed from the
 * Prometheus histogram in {@link ServiceMetrics} before and after a phase; the difference is that phase's events.
 * A quantile from histogram buckets is the upper bound of the bucket it falls in, so it is a ceiling.
 */
final class PipelineFreshness {

    private static final Pattern BUCKET = Pattern.compile(
            "^wijknetwerk_monitoring_freshness_seconds_bucket\\{(?<labels>[^}]*)} (?<count>[0-9.eE+]+)$");
    private static final Pattern TYPE = Pattern.compile("type=\"([^\"]+)\"");
    private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

    /** Cumulative bucket counts per event type: upper bound in seconds → events at or below it. */
    record Snapshot(Map<String, TreeMap<Double, Double>> buckets) {

        /** The events of each type between {@code earlier} and this snapshot, as cumulative bucket counts. */
        Map<String, TreeMap<Double, Double>> since(Snapshot earlier) {
            Map<String, TreeMap<Double, Double>> delta = new TreeMap<>();
            buckets.forEach((type, now) -> {
                TreeMap<Double, Double> before = earlier.buckets.getOrDefault(type, new TreeMap<>());
                TreeMap<Double, Double> d = new TreeMap<>();
                now.forEach((le, count) -> d.put(le, count - before.getOrDefault(le, 0.0)));
                if (d.lastEntry() != null && d.lastEntry().getValue() > 0) {
                    delta.put(type, d);
                }
            });
            return delta;
        }
    }

    private PipelineFreshness() {
    }

    static Snapshot parse(String exposition) {
        Map<String, TreeMap<Double, Double>> buckets = new TreeMap<>();
        for (String line : exposition.split("\n")) {
            Matcher m = BUCKET.matcher(line.trim());
            if (!m.matches()) {
                continue;
            }
            Matcher type = TYPE.matcher(m.group("labels"));
            Matcher le = LE.matcher(m.group("labels"));
            if (type.find() && le.find()) {
                double bound = "+Inf".equals(le.group(1)) ? Double.POSITIVE_INFINITY : Double.parseDouble(le.group(1));
                buckets.computeIfAbsent(type.group(1), t -> new TreeMap<>()).put(bound, Double.parseDouble(m.group("count")));
            }
        }
        return new Snapshot(buckets);
    }

    /** The upper bound (ms) of the bucket holding the given quantile (0–1) of cumulative counts. */
    static double quantileMillis(TreeMap<Double, Double> cumulative, double quantile) {
        double total = cumulative.lastEntry().getValue();
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            if (bucket.getValue() >= quantile * total) {
                return bucket.getKey() * 1000;
            }
        }
        return Double.POSITIVE_INFINITY;
    }
}
