package nl.wijknetwerk.e2e;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A steady write load through the gateway, as professionals opening cases: every answer is kept, so a fault can be
 * judged afterwards — which writes were acknowledged (2xx, with the id of the case), and what the failed ones said.
 */
final class WriteLoad implements AutoCloseable {

    /** One answer that was not a 2xx. */
    record Failure(int status, String contentType, String retryAfter, String error) {

        boolean cleanProblem() {
            return status > 0 && contentType != null && contentType.startsWith("application/problem+json")
                    && (status != 503 || retryAfter != null);
        }
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
    private final List<Failure> failures = new CopyOnWriteArrayList<>();
    private final AtomicLong attempts = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> workers = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private WriteLoad() {
    }

    static WriteLoad start(String gateway, String token, String ward, String caseJson, int workers) {
        WriteLoad load = new WriteLoad();
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/wards/" + ward + "/cases"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(caseJson)).build();
        for (int i = 0; i < workers; i++) {
            Thread t = new Thread(() -> load.run(request), "write-load-" + i);
            t.setDaemon(true);
            load.workers.add(t);
            t.start();
        }
        return load;
    }

    private void run(HttpRequest request) {
        while (running.get()) {
            attempts.incrementAndGet();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 == 2) {
                    Matcher id = ID.matcher(response.body());
                    if (id.find()) {
                        acknowledged.add(UUID.fromString(id.group(1)));
                    } else {
                        failures.add(new Failure(response.statusCode(), null, null, "2xx without a case id"));
                    }
                } else {
                    failures.add(new Failure(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                            response.headers().firstValue("Retry-After").orElse(null), null));
                    // A client that is told to come back does so; the gateway must not be hammered while a service restarts.
                    pause(200);
                }
            } catch (Exception e) {
                failures.add(new Failure(0, null, null, e.toString()));
                pause(200);
            }
        }
    }

    /** Waits until the load has had this many more writes acknowledged than now. */
    WriteLoad awaitMoreWrites(int more, Duration atMost) {
        int target = acknowledged.size() + more;
        await().atMost(atMost).pollInterval(Duration.ofMillis(100)).until(() -> acknowledged.size() >= target);
        return this;
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
