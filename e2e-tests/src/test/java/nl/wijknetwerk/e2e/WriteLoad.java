package nl.wijknetwerk.e2e;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A steady write load through the gateway, as professionals opening cases: every answer is kept, so a fault can be
 * judged afterwards — which writes were acknowledged (2xx, with the id of the case), and what the failed ones said.
 * The writers go flat out ({@link #start}: each sends its next write as soon as the last is answered) or at a fixed
 * rate they share ({@link #paced}: the writes are due on a schedule, whatever the answers take). {@link #interval()}
 * tells how many were answered, and how fast, since it was last asked.
 */
final class WriteLoad implements AutoCloseable {

    /** One answer that was not a 2xx. */
    record Failure(int status, String contentType, String retryAfter, String error) {

        boolean cleanProblem() {
            return status > 0 && contentType != null && contentType.startsWith("application/problem+json")
                    && (status != 503 || retryAfter != null);
        }
    }

    /**
     * The answers of one stretch of time: 2xx and not, whether every failure was a clean problem, and the latency
     * percentiles in milliseconds (NaN without answers). A paced write's latency counts from when it was due, so
     * waiting for a free writer is part of it.
     */
    record Interval(long ok, long failed, boolean failuresClean, double p50Millis, double p99Millis) {
    }

    /** One answered write: how long it took, and what went wrong (null for a 2xx with a case id). */
    private record Answer(long nanos, Failure failure) {
    }

    /** When each writer may send its next write: the moment (System.nanoTime) the write was due. */
    private interface Pacing {
        long awaitSlot(AtomicBoolean running);
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
    private final List<Failure> failures = new CopyOnWriteArrayList<>();
    private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final AtomicLong attempts = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> workers = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private WriteLoad() {
    }

    /** Writers flat out: each sends its next write as soon as its last one is answered. */
    static WriteLoad start(String gateway, Supplier<String> token, String ward, String caseJson, int workers) {
        return start(gateway, token, ward, caseJson, workers, running -> System.nanoTime());
    }

    /**
     * Writes at a fixed rate, open loop: write n is due at {@code n / perSecond} seconds after the start, and the next
     * free writer sends it then (or at once, if all were busy when it fell due). Enough writers keep the pace while
     * answers are slow; a failed write is not sent again. Each write carries the token the supplier gives at that
     * moment, so a long load can renew it as a real client would.
     */
    static WriteLoad paced(String gateway, Supplier<String> token, String ward, String caseJson, double perSecond, int workers) {
        long origin = System.nanoTime();
        double period = TimeUnit.SECONDS.toNanos(1) / perSecond;
        AtomicLong next = new AtomicLong();
        return start(gateway, token, ward, caseJson, workers, running -> {
            long due = origin + (long) (next.getAndIncrement() * period);
            for (long wait = due - System.nanoTime(); wait > 0 && running.get(); wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            return due;
        });
    }

    private static WriteLoad start(String gateway, Supplier<String> token, String ward, String caseJson, int workers,
            Pacing pacing) {
        WriteLoad load = new WriteLoad();
        URI cases = URI.create(gateway + "/api/wards/" + ward + "/cases");
        Supplier<HttpRequest> request = () -> HttpRequest.newBuilder(cases).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token.get()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(caseJson)).build();
        for (int i = 0; i < workers; i++) {
            Thread t = new Thread(() -> load.run(request, pacing), "write-load-" + i);
            t.setDaemon(true);
            load.workers.add(t);
            t.start();
        }
        return load;
    }

    private void run(Supplier<HttpRequest> request, Pacing pacing) {
        while (running.get()) {
            long due = pacing.awaitSlot(running);
            if (!running.get()) {
                return;
            }
            attempts.incrementAndGet();
            Failure failure = null;
            boolean comeBack = false;
            try {
                HttpResponse<String> response = http.send(request.get(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 == 2) {
                    Matcher id = ID.matcher(response.body());
                    if (id.find()) {
                        acknowledged.add(UUID.fromString(id.group(1)));
                    } else {
                        failure = new Failure(response.statusCode(), null, null, "2xx without a case id");
                    }
                } else {
                    failure = new Failure(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                            response.headers().firstValue("Retry-After").orElse(null), null);
                    comeBack = true;
                }
            } catch (Exception e) {
                failure = new Failure(0, null, null, e.toString());
                comeBack = true;
            }
            answers.add(new Answer(System.nanoTime() - due, failure));
            if (failure != null) {
                failures.add(failure);
            }
            if (comeBack) {
                // A client that is told to come back does so; the gateway must not be hammered while a service restarts.
                pause(200);
            }
        }
    }

    /** The writes answered since the last call (or the start): how many, how many failed, how fast. */
    Interval interval() {
        List<Answer> drained = new ArrayList<>();
        for (Answer a = answers.poll(); a != null; a = answers.poll()) {
            drained.add(a);
        }
        long[] nanos = drained.stream().mapToLong(Answer::nanos).sorted().toArray();
        long failed = drained.stream().filter(a -> a.failure() != null).count();
        boolean clean = drained.stream().allMatch(a -> a.failure() == null || a.failure().cleanProblem());
        return new Interval(drained.size() - failed, failed, clean, percentileMillis(nanos, 0.50), percentileMillis(nanos, 0.99));
    }

    /** Nearest rank: the smallest value with at least that fraction of the values at or below it. */
    private static double percentileMillis(long[] sorted, double fraction) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1_000_000.0;
    }

    /** Waits until the load has had this many more writes acknowledged than now. */
    WriteLoad awaitMoreWrites(int more, Duration atMost) {
        int target = acknowledged.size() + more;
        await().atMost(atMost).pollInterval(Duration.ofMillis(100)).until(() -> acknowledged.size() >= target);
        return this;
    }

    /** How many writes were acknowledged so far (without copying them). */
    int acknowledgedCount() {
        return acknowledged.size();
    }

    Set<UUID> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    List<Failure> failures() {
        return List.copyOf(failures);
    }

    long attempts() {
        return attempts.get();
    }

    @Override
    public void close() {
        running.set(false);
        for (Thread t : workers) {
            try {
                t.join(35_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
