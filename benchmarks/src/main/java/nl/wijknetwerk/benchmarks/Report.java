package nl.wijknetwerk.benchmarks;

import java.util.Locale;
import java.util.Map;

/** The run's figures as Markdown: the tables docs/benchmarks.md quotes. */
final class Report {

    private final StringBuilder md = new StringBuilder();

    Report heading(String title) {
        md.append("\n## ").append(title).append("\n\n");
        return this;
    }

    Report line(String text) {
        md.append(text).append('\n');
        return this;
    }

    Report row(Object... cells) {
        md.append('|');
        for (Object cell : cells) {
            md.append(' ').append(cell).append(" |");
        }
        md.append('\n');
        return this;
    }

    Report header(String... cells) {
        row((Object[]) cells);
        md.append('|');
        for (int i = 0; i < cells.length; i++) {
            md.append(i == 0 ? " --- |" : " ---: |");
        }
        md.append('\n');
        return this;
    }

    static final String[] LATENCY_COLUMNS = { "measured", "count", "per s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors" };

    /** One row per kind of request of a run, the iteration row last. */
    Report latencies(LoadDriver.Run run) {
        header(LATENCY_COLUMNS);
        run.series().forEach((kind, s) -> {
            if (!kind.equals(LoadDriver.ITERATION)) {
                latencyRow(kind, s, run.perSecond(kind));
            }
        });
        Latencies.Series iterations = run.iterations();
        if (iterations != null && run.series().size() > 2) {
            latencyRow("whole iteration", iterations, run.perSecond(LoadDriver.ITERATION));
        }
        line("").line(String.format(Locale.ROOT, "%d workers, %.1f s.", run.workers(), run.elapsed().toMillis() / 1000.0));
        return this;
    }

    Report latencyRow(String kind, Latencies.Series s, double perSecond) {
        return row(kind, s.count(), num(perSecond), ms(s.millis(50)), ms(s.millis(95)), ms(s.millis(99)),
                ms(s.maxMillis()), s.errors());
    }

    /** Each kind of request of {@code run} against one baseline: throughput and median latency as ratios. */
    Report ratios(LoadDriver.Run run, String baselineName, LoadDriver.Run baseline) {
        Latencies.Series base = baseline.series().get(baselineName);
        double basePerSecond = baseline.perSecond(baselineName);
        line("").header("vs. " + baselineName, "per s", "baseline per s", "throughput ratio", "p50 ratio (× baseline)",
                "p99 ratio (× baseline)");
        run.series().forEach((kind, s) -> {
            if (kind.equals(LoadDriver.ITERATION) && run.series().size() <= 2) {
                return;
            }
            String name = kind.equals(LoadDriver.ITERATION) ? "whole iteration" : kind;
            double perSecond = run.perSecond(kind);
            row(name, num(perSecond), num(basePerSecond), ratio(perSecond / basePerSecond),
                    times(s.millis(50) / base.millis(50)), times(s.millis(99) / base.millis(99)));
        });
        return this;
    }

    /**
     * Each kind of request of {@code run} against the baseline kind that does the same rows with plain JDBC
     * (pairs of kind and baseline kind, in the order of the rows; {@link LoadDriver#ITERATION} for the whole iteration
     * against the baseline's whole iteration): throughput and latency as ratios.
     */
    Report likeForLike(LoadDriver.Run run, LoadDriver.Run baseline, String... kindAndBaselineKind) {
        Map<String, String> baselineOf = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < kindAndBaselineKind.length; i += 2) {
            baselineOf.put(kindAndBaselineKind[i], kindAndBaselineKind[i + 1]);
        }
        line("").header("like for like", "per s", "baseline", "baseline per s", "throughput ratio", "p50 ms", "baseline p50 ms",
                "p50 ratio (× baseline)", "p99 ratio (× baseline)");
        baselineOf.forEach((kind, baseKind) -> {
            Latencies.Series s = run.series().get(kind);
            Latencies.Series base = baseline.series().get(baseKind);
            if (s == null || base == null) {
                return;
            }
            double perSecond = run.perSecond(kind);
            double basePerSecond = baseline.perSecond(baseKind);
            row(kind.equals(LoadDriver.ITERATION) ? "whole iteration" : kind, num(perSecond),
                    baseKind.equals(LoadDriver.ITERATION) ? "whole " + baseline.scenario() + " iteration" : baseKind,
                    num(basePerSecond), ratio(perSecond / basePerSecond), ms(s.millis(50)), ms(base.millis(50)),
                    times(s.millis(50) / base.millis(50)), times(s.millis(99) / base.millis(99)));
        });
        return this;
    }

    Map<String, Latencies.Series> noteSeries(Map<String, Latencies.Series> series) {
        header(LATENCY_COLUMNS);
        series.forEach((kind, s) -> latencyRow(kind, s, Double.NaN));
        return series;
    }

    static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "–";
        }
        return millis < 10 ? String.format(Locale.ROOT, "%.2f", millis) : String.format(Locale.ROOT, "%.1f", millis);
    }

    static String num(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value < 100 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.0f", value);
    }

    static String ratio(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "–" : String.format(Locale.ROOT, "%.3f", value);
    }

    static String times(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "–" : String.format(Locale.ROOT, "%.1f×", value);
    }

    static String mb(long kb) {
        return kb < 0 ? "–" : String.format(Locale.ROOT, "%.0f", kb / 1024.0);
    }

    @Override
    public String toString() {
        return md.toString();
    }
}
