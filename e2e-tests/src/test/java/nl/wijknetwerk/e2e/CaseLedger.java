package nl.wijknetwerk.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import io.restassured.http.ContentType;
import nl.wijknetwerk.testing.PostgresDatabase;
import nl.wijknetwerk.testing.Tokens;

/**
 * One ward's cases as each side of the platform sees them: the writes the gateway answered 2xx, the rows in
 * case-service's database (read with plain JDBC), its outbox, and monitoring-service's {@code open-cases} indicator.
 * After a load it tells what was lost and what was counted twice.
 */
final class CaseLedger {

    /** What a load left behind once everything in flight had arrived. */
    record Settled(long attempts, Set<UUID> acknowledged, List<UUID> lost, long countedTwice, List<WriteLoad.Failure> failures) {

        boolean failuresClean() {
            return failures.stream().allMatch(WriteLoad.Failure::cleanProblem);
        }

        /** The failed answers by status ("no answer" for a transport error), e.g. {@code {503=120}}; "none" if none. */
        String failureSummary() {
            if (failures.isEmpty()) {
                return "none";
            }
            return failures.stream().collect(Collectors.groupingBy(f -> f.status() == 0 ? "no answer" : String.valueOf(f.status()),
                    TreeMap::new, Collectors.counting())).toString();
        }
    }

    private final Platform platform;
    private final String ward;

    private CaseLedger(Platform platform, String ward) {
        this.platform = platform;
        this.ward = ward;
    }

    /**
     * Onboards a new ward through the gateway as the coordinator, then waits until case-service takes a case in it
     * (the ward has reached it as an event) and monitoring-service counts what the database holds.
     */
    static CaseLedger openWard(Platform platform, String slug, String name, String professional) {
        given().baseUri(platform.gateway()).auth().oauth2(Tokens.coordinator()).contentType(ContentType.JSON)
                .body("{\"slug\": \"" + slug + "\", \"name\": \"" + name + "\", \"municipality\": \"Oss\", \"startDate\": \"2024-01-01\"}")
                .post("/api/wards").then().statusCode(201);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().baseUri(platform.gateway()).auth().oauth2(professional)
                .contentType(ContentType.JSON).body(OnboardingFlowTest.CASE).post("/api/wards/" + slug + "/cases").then().statusCode(201));
        CaseLedger ledger = new CaseLedger(platform, slug);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(ledger.openCasesCounted()).isEqualTo(ledger.casesInDatabase()));
        return ledger;
    }

    /**
     * Stops the writers, then waits until case-service's outbox is drained and monitoring-service counts what the
     * database holds. The writers stop first: "drained" and "counted once" mean something only once nothing new
     * is being written.
     */
    Settled settle(WriteLoad load, Duration atMost) {
        load.close();
        Set<UUID> acknowledged = load.acknowledged();
        Set<UUID> stored = stored(acknowledged);
        await().atMost(atMost).untilAsserted(() -> {
            assertThat(unsentOutboxRows()).as("case-service outbox drained").isZero();
            assertThat(openCasesCounted()).as("monitoring counts what case-service holds").isEqualTo(casesInDatabase());
        });
        return new Settled(load.attempts(), acknowledged, acknowledged.stream().filter(id -> !stored.contains(id)).toList(),
                openCasesCounted() - casesInDatabase(), load.failures());
    }

    /** The ward's {@code open-cases} indicator as monitoring-service reports it through the gateway. */
    long openCasesCounted() {
        Number value = given().baseUri(platform.gateway()).auth().oauth2(Tokens.coordinator()).get("/api/wards/" + ward + "/kpis")
                .then().statusCode(200).extract().path("goals.indicators.flatten().find { it.code == 'open-cases' }.value");
        return value == null ? 0 : value.longValue();
    }

    long casesInDatabase() {
        return query("select count(*) from case_file where ward = ?", ward);
    }

    long unsentOutboxRows() {
        return query("select count(*) from outbox_message where sent_at is null", null);
    }

    /** How long the oldest event still waiting in case-service's outbox has waited; zero when none waits. */
    Duration oldestUnsentOutboxRow() {
        long millis = query("select coalesce((extract(epoch from now() - min(created_at)) * 1000)::bigint, 0)"
                + " from outbox_message where sent_at is null", null);
        return Duration.ofMillis(Math.max(0, millis));
    }

    /** The ids among these that case-service's database holds. */
    Set<UUID> stored(Set<UUID> ids) {
        try (Connection c = caseDatabase(); PreparedStatement s = c.prepareStatement("select id from case_file where id = any(?)")) {
            Array array = c.createArrayOf("uuid", ids.toArray());
            s.setArray(1, array);
            Set<UUID> found = new HashSet<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(r.getObject(1, UUID.class));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A plain JDBC connection to case-service's database, straight to the server (not through the fault suite's hop). */
    Connection caseDatabase() throws SQLException {
        return DriverManager.getConnection(platform.databases.get("case-service"), PostgresDatabase.APP_USER, PostgresDatabase.APP_PASSWORD);
    }

    private long query(String sql, String parameter) {
        try (Connection c = caseDatabase(); PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
