package nl.wijknetwerk.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;

import nl.wijknetwerk.launcher.Http;
import nl.wijknetwerk.launcher.Ports;

/**
 * The scenarios, all through the gateway with real Keycloak tokens of the demo users: writes in ward Ruwaard by
 * professional Anna, reads of what she wrote, the Samenwerkwijze of one case, and KPI queries by the Ruwaard
 * manager while the writes run.
 */
final class Scenarios {

    static final String OPEN_CASE = "POST /cases";
    static final String READ_CASE = "GET /cases/{id}";
    static final String READ_KPIS = "GET /kpis";
    /** The KPI catalogue: the same route, token check and service as the KPI page, but no ward and no facts. */
    static final String READ_CATALOGUE = "GET /kpis/catalogue";

    private final Ports ports;
    private final int workers;
    private final Duration duration;
    private final long maxIterations;
    private final SamenwerkwijzeSteps steps;
    /** Cases the Samenwerkwijze scenario (and the warm-up) took up to an agreed plan; the read path reads them. */
    private final ConcurrentLinkedQueue<String> withPlan;

    Scenarios(Ports ports, int workers, Duration duration, long maxIterations, SamenwerkwijzeSteps steps) {
        this(ports, workers, duration, maxIterations, steps, new ConcurrentLinkedQueue<>());
    }

    private Scenarios(Ports ports, int workers, Duration duration, long maxIterations, SamenwerkwijzeSteps steps,
            ConcurrentLinkedQueue<String> withPlan) {
        this.ports = ports;
        this.workers = workers;
        this.duration = duration;
        this.maxIterations = maxIterations;
        this.steps = steps;
        this.withPlan = withPlan;
    }

    /** The same scenarios for another duration, sharing the cases written so far. */
    Scenarios lasting(Duration other) {
        return new Scenarios(ports, workers, other, maxIterations, steps, withPlan);
    }

    /** The same scenarios with another number of workers (a sweep), sharing the cases written so far. */
    Scenarios withWorkers(int other) {
        return new Scenarios(ports, other, duration, maxIterations, steps, withPlan);
    }

    /** (a) Open a case and record its intake, over and over. */
    LoadDriver.Run writePath() {
        return writePath(0);
    }

    /** (a) at a steady pace of {@code perSecond} iterations (0: as fast as the answers come). */
    LoadDriver.Run writePath(double perSecond) {
        String anna = token("anna");
        Latencies latencies = new Latencies();
        LoadClient gateway = new LoadClient(ports.gatewayUrl(), latencies);
        return LoadDriver.run("(a) write path", workers, duration, maxIterations, perSecond, latencies, (worker, n) -> {
            String id = openCase(gateway, anna, "ruwaard", n);
            steps.intake(gateway, anna, "ruwaard", id);
        });
    }

    /** (b) Read a case the Samenwerkwijze scenario took to an agreed plan, with that plan. */
    LoadDriver.Run readPath() {
        String anna = token("anna");
        List<String> ids = casesWithPlan("the read path");
        Latencies latencies = new Latencies();
        LoadClient gateway = new LoadClient(ports.gatewayUrl(), latencies);
        return LoadDriver.run("(b) read path", workers, duration, maxIterations, latencies, (worker, n) -> {
            String id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
            gateway.get(READ_CASE, "/api/wards/ruwaard/cases/" + id, anna);
            steps.readPlan(gateway, anna, "ruwaard", id);
        });
    }

    /**
     * One user reading cases one after the other (one worker, whatever this instance's count): {@code GET /cases/{id}}
     * through the gateway and, with the same token, straight at case-service, so the gateway's share is the difference.
     */
    LoadDriver.Run singleUserRead(boolean throughGateway) {
        String anna = token("anna");
        List<String> ids = casesWithPlan("the single-user read");
        String base = throughGateway ? ports.gatewayUrl() : "http://localhost:" + nl.wijknetwerk.launcher.Application.CASES.port(ports);
        Latencies latencies = new Latencies();
        LoadClient client = new LoadClient(base, latencies);
        return LoadDriver.run(throughGateway ? "single user through the gateway" : "single user at case-service", 1, duration,
                maxIterations, latencies, (worker, n) -> client.get(READ_CASE, "/api/wards/ruwaard/cases/" + ids.get((int) (n % ids.size())), anna));
    }

    /** The cases taken to an agreed plan so far, which the reads read. */
    private List<String> casesWithPlan(String reader) {
        List<String> ids = new ArrayList<>(withPlan);
        if (ids.isEmpty()) {
            throw new IllegalStateException(reader + " needs the cases of the Samenwerkwijze (run it or the warm-up first)");
        }
        return ids;
    }

    /** (c) One case through the whole Samenwerkwijze: intake, MDO planned and held, plan, wellbeing, micro-analysis. */
    LoadDriver.Run samenwerkwijze() {
        String anna = token("anna");
        Latencies latencies = new Latencies();
        LoadClient gateway = new LoadClient(ports.gatewayUrl(), latencies);
        return LoadDriver.run("(c) Samenwerkwijze", workers, duration, maxIterations, latencies, (worker, n) -> {
            String residentId = steps.registerResident(gateway, anna, "ruwaard", n);
            String id = openCase(gateway, anna, "ruwaard", residentId, n);
            steps.intake(gateway, anna, "ruwaard", id);
            steps.mdoAndPlan(gateway, anna, "ruwaard", id, residentId);
            steps.wellbeing(gateway, anna, "ruwaard", id);
            steps.microAnalysis(gateway, anna, "ruwaard", id);
            if (steps.offers(SamenwerkwijzeSteps.AGREE_PLAN)) {
                withPlan.add(id);
            }
        });
    }

    /**
     * (d) KPI queries by the ward's manager while the write path runs with its full worker count; a few extra
     * workers query. Each of them asks the ward's KPI page and then the KPI catalogue, which takes the same way
     * (gateway, token, monitoring-service) without a ward or its facts: what any request to monitoring-service waits
     * under this load, measured beside the page. Returns the KPI run and the concurrent write run.
     */
    List<LoadDriver.Run> kpisDuringWrites(int kpiWorkers) {
        String marieke = token("marieke");
        CompletableFuture<LoadDriver.Run> writes = CompletableFuture.supplyAsync(this::writePath);
        Latencies latencies = new Latencies();
        LoadClient gateway = new LoadClient(ports.gatewayUrl(), latencies);
        LoadDriver.Run kpis = LoadDriver.run("(d) KPIs during writes", kpiWorkers, duration, maxIterations, latencies,
                (worker, n) -> {
                    gateway.get(READ_KPIS, "/api/wards/ruwaard/kpis", marieke);
                    gateway.get(READ_CATALOGUE, "/api/kpis/catalogue", marieke);
                });
        return List.of(kpis, writes.join());
    }

    static String openCase(LoadClient gateway, String token, String ward, long n) throws Exception {
        return openCase(gateway, token, ward, null, n);
    }

    static String openCase(LoadClient gateway, String token, String ward, String residentId, long n) throws Exception {
        JsonNode created = gateway.post(OPEN_CASE, "/api/wards/" + ward + "/cases", token,
                SamenwerkwijzeSteps.caseBody(residentId, n));
        return created.path("id").asText();
    }

    String token(String user) {
        return Http.passwordToken(ports, user, user + "-demo");
    }
}
