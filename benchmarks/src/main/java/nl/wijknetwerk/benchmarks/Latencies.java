package nl.wijknetwerk.benchmarks;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Latencies of one scenario, per kind of request ("POST case", "GET kpis", …): an HdrHistogram in microseconds
 * and a count of failed requests (non-2xx answers and transport errors) each. Safe for many worker threads.
 */
final class Latencies {

    /** Up to one minute at three significant digits: a slower request is recorded as one minute. */
    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(1);

    record Series(Histogram histogram, long errors) {

        long count() {
            return histogram.getTotalCount();
        }

        double millis(double percentile) {
            return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
        }

        double maxMillis() {
            return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getMaxValue() / 1000.0;
        }
    }

    private final Map<String, ConcurrentHistogram> histograms = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

    void record(String kind, long nanos) {
        histograms.computeIfAbsent(kind, k -> new ConcurrentHistogram(HIGHEST_MICROS, 3))
                .recordValue(Math.min(HIGHEST_MICROS, Math.max(1, TimeUnit.NANOSECONDS.toMicros(nanos))));
    }

    void error(String kind) {
        errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
        histograms.computeIfAbsent(kind, k -> new ConcurrentHistogram(HIGHEST_MICROS, 3));
    }

    Map<String, Series> snapshot() {
        Map<String, Series> copy = new java.util.TreeMap<>();
        histograms.forEach((kind, h) -> {
            LongAdder e = errors.get(kind);
            copy.put(kind, new Series(h.copy(), e == null ? 0 : e.sum()));
        });
        return copy;
    }
}
