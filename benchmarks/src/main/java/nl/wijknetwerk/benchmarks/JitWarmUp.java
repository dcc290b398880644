package nl.wijknetwerk.benchmarks;

import java.util.List;

/**
 * When the write path has warmed up: its throughput in rounds of equal length stops climbing. The JIT keeps compiling
 * hot paths for minutes on this machine (the write path at eight workers ran at 39 iterations/s after 10 s of warm-up
 * and at 135 after four minutes of load), so a fixed warm-up says nothing; three rounds in a row within
 * {@value #TOLERANCE_PERCENT} % of each other do, once they are no more than {@value #TOLERANCE_PERCENT} % above the
 * three before them: the JIT can pause on a plateau (one run stopped after 25, 26, 26 iterations/s, and the next climbed
 * from 25 to 101 in nineteen rounds).
 */
final class JitWarmUp {

    static final int TOLERANCE_PERCENT = 10;
    static final int STEADY_ROUNDS = 3;

    private JitWarmUp() {
    }

    /** @param perSecond the throughput of each round so far, oldest first */
    static boolean steady(List<Double> perSecond) {
        int n = perSecond.size();
        if (n < STEADY_ROUNDS) {
            return false;
        }
        List<Double> last = perSecond.subList(n - STEADY_ROUNDS, n);
        double max = last.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double min = last.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        if (min <= 0 || (max - min) / min * 100 >= TOLERANCE_PERCENT || n < 2 * STEADY_ROUNDS) {
            return false;
        }
        double before = mean(perSecond.subList(n - 2 * STEADY_ROUNDS, n - STEADY_ROUNDS));
        return (mean(last) - before) / before * 100 <= TOLERANCE_PERCENT;
    }

    private static double mean(List<Double> rounds) {
        return rounds.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
