package nl.wijknetwerk.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load: a fixed number of workers each repeat one iteration (one or more requests) back to back
 * for a fixed time, stopping early when the iteration budget is spent. Each iteration's time goes into the
 * scenario's latencies as {@link #ITERATION} beside what its requests recorded themselves.
 */
final class LoadDriver {

    static final String ITERATION = "iteration";

    /** One iteration of a scenario; it throws when a request of it failed (the iteration counts as an error). */
    @FunctionalInterface
    interface Iteration {
        void run(int worker, long number) throws Exception;
    }

    /** What one timed run produced: how long it really ran, and the latencies per kind of request. */
    record Run(String scenario, int workers, Duration elapsed, Map<String, Latencies.Series> series) {

        Latencies.Series iterations() {
            return series.get(ITERATION);
        }

        double perSecond(String kind) {
            Latencies.Series s = series.get(kind);
            return s == null ? 0 : (s.count()) / (elapsed.toNanos() / 1e9);
        }
    }

    private LoadDriver() {
    }

    static Run run(String scenario, int workers, Duration duration, long maxIterations, Latencies latencies,
            Iteration iteration) {
        return run(scenario, workers, duration, maxIterations, 0, latencies, iteration);
    }

    /**
     * @param perSecond when above zero, iteration n does not start before n / perSecond seconds into the run: a
     *        steady pace (as long as the workers keep up) instead of as fast as the answers come
     */
    static Run run(String scenario, int workers, Duration duration, long maxIterations, double perSecond,
            Latencies latencies, Iteration iteration) {
        AtomicLong issued = new AtomicLong();
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "load-" + scenario);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int worker = w;
                running.add(pool.submit(() -> {
                    long number;
                    while (System.nanoTime() < deadline && (number = issued.getAndIncrement()) < maxIterations) {
                        if (perSecond > 0) {
                            long due = started + (long) (number * 1e9 / perSecond);
                            if (due >= deadline) {
                                return;
                            }
                            long wait = due - System.nanoTime();
                            if (wait > 0) {
                                try {
                                    TimeUnit.NANOSECONDS.sleep(wait);
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                    return;
                                }
                            }
                        }
                        long t0 = System.nanoTime();
                        try {
                            iteration.run(worker, number);
                            latencies.record(ITERATION, System.nanoTime() - t0);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        } catch (Exception failed) {
                            latencies.error(ITERATION);
                        }
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("scenario " + scenario + " broke down: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        return new Run(scenario, workers, Duration.ofNanos(System.nanoTime() - started), latencies.snapshot());
    }
}
