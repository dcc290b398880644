package nl.wijknetwerk.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.wijknetwerk.shared.ward.KnownWardDirectory;
import nl.wijknetwerk.testing.TestEvents;
import nl.wijknetwerk.testing.Tokens;

/**
 * The write path asks the database only what its rules need: opening a case and recording its intake read the ward
 * only when its memory copy is due, count nothing before they insert and take no outbox sequence number in a query of
 * its own. Counted with PostgreSQL's pg_stat_statements, read from the {@code postgres} database; skipped where that extension is absent.
 */
@QuarkusTest
class StatementsPerRequestTest {

    private static final String WARD = "telwijk";
    private static final int CASES = 20;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void openingACaseAndRecordingItsIntakeAskOnlyWhatTheRulesNeed() throws SQLException {
        TestEvents.wardOnboarded(WARD);
        String bram = Tokens.professional("bram", "brabantwonen", WARD);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(bram)
                .get("/api/wards/" + WARD + "/cases").then().statusCode(200));

        List<String> ids = new ArrayList<>();
        long started = System.nanoTime();
        Map<String, Long> writes = measure("opening a case and recording its intake", 2 * CASES, () -> {
            for (int i = 0; i < CASES; i++) {
                String id = given().auth().oauth2(bram).contentType(ContentType.JSON).body("""
                        {"kind": "INDIVIDUAL", "question": "Hulp bij de administratie.", "lifeDomains": ["FINANCES"],
                         "startedBy": "PROFESSIONAL", "triageRoute": "INDIVIDUAL_AT_HOME"}""")
                        .post("/api/wards/" + WARD + "/cases").then().statusCode(201).extract().path("id");
                given().auth().oauth2(bram).contentType(ContentType.JSON)
                        .body("{\"iWant\": \"rust\", \"iCan\": \"koken\", \"iNeed\": \"overzicht\"}")
                        .put("/api/wards/" + WARD + "/cases/" + id + "/intake").then().statusCode(200);
                ids.add(id);
            }
        });
        long elapsed = Duration.ofNanos(System.nanoTime() - started).toMillis();
        measure("reading a case", CASES, () -> ids.forEach(id -> given().auth().oauth2(bram)
                .get("/api/wards/" + WARD + "/cases/" + id).then().statusCode(200)));

        assertThat(writes.keySet()).as("statements while %d cases were opened with their intake", CASES)
                .noneMatch(query -> query.contains("nextval"))
                .noneMatch(query -> query.contains("count("));
        // The ward is read again once its memory copy is older than the directory's bound, not on every request.
        long wardReads = writes.entrySet().stream().filter(e -> e.getKey().contains("known_ward"))
                .mapToLong(Map.Entry::getValue).sum();
        long bound = KnownWardDirectory.MAX_AGE.toMillis();
        assertThat(wardReads).as("reads of the ward in %d ms", elapsed).isLessThanOrEqualTo((elapsed + bound - 1) / bound + 1);
    }

    /** Runs the requests and prints the statements PostgreSQL counted meanwhile (the outbox relay's among them). */
    private Map<String, Long> measure(String what, int requests, Runnable run) throws SQLException {
        Map<String, Long> before = statements();
        run.run();
        Map<String, Long> calls = new LinkedHashMap<>();
        statements().forEach((query, after) -> {
            long n = after - before.getOrDefault(query, 0L);
            if (n > 0) {
                calls.put(query, n);
            }
        });
        long total = calls.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("%s, %d requests: %d statements, %.2f per request%n", what, requests, total, total / (double) requests);
        calls.forEach((query, n) -> System.out.printf("%6d  %s%n", n, query.replaceAll("\\s+", " ")));
        return calls;
    }

    /** Calls per statement text in this test's database so far. */
    private Map<String, Long> statements() throws SQLException {
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String statsUrl = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        Map<String, Long> calls = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(statsUrl, user, password);
                Statement s = c.createStatement()) {
            boolean present;
            try (ResultSet r = s.executeQuery("select 1 from pg_extension where extname = 'pg_stat_statements'")) {
                present = r.next();
            }
            Assumptions.assumeTrue(present, "pg_stat_statements is not installed in the postgres database");
            try (ResultSet r = s.executeQuery("select query, sum(calls) from pg_stat_statements s join pg_database d "
                    + "on d.oid = s.dbid where d.datname = '" + database + "' and query is not null group by query")) {
                while (r.next()) {
                    calls.put(r.getString(1), r.getLong(2));
                }
            }
        }
        return calls;
    }
}
