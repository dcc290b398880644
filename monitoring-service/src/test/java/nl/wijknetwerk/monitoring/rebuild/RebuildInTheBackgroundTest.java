package nl.wijknetwerk.monitoring.rebuild;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.wijknetwerk.monitoring.Monitoring;
import nl.wijknetwerk.testing.Tokens;

/**
 * A rebuild answers at once (202 with a status resource) and runs in the background, so no HTTP timeout cuts it
 * short; the status tells running, done with the events applied, or failed with the reason; one runs at a time.
 */
@QuarkusTest
class RebuildInTheBackgroundTest {

    @Inject
    DataSource dataSource;

    @Test
    void aRebuildAnswers202AndItsStatusTellsHowManyEventsItApplied() {
        Monitoring.wards("geffen");
        Monitoring.caseOpened("geffen", UUID.randomUUID(), "2019-02-01", "INDIVIDUAL_AT_HOME");

        JsonPath done = Monitoring.rebuild();

        assertThat(done.getString("state")).isEqualTo("done");
        assertThat(done.getLong("events")).isPositive();
        assertThat(done.getString("finishedAt")).isNotNull();
        assertThat(done.getString("reason")).as("no reason on success").isNull();
    }

    @Test
    void aSecondRebuildWhileOneRunsIsRefusedAndAnAbandonedOneReadsFailed() throws SQLException {
        // Another replica's rebuild, as it stands in the shared table while it runs.
        UUID other = UUID.randomUUID();
        insertRunning(other, Instant.now());
        try {
            given().auth().oauth2(Tokens.coordinator()).post("/api/admin/kpis/rebuild")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("detail", equalTo("A rebuild is already running"));
            given().auth().oauth2(Tokens.coordinator()).get("/api/admin/kpis/rebuild/" + other)
                    .then().statusCode(200).body("state", equalTo("running")).body("id", equalTo(other.toString()));

            // Its replica died long ago: the rebuild reads failed and no longer blocks a new one.
            moveStart(other, Instant.now().minus(Duration.ofDays(1)));
            given().auth().oauth2(Tokens.coordinator()).get("/api/admin/kpis/rebuild/" + other)
                    .then().statusCode(200).body("state", equalTo("failed"))
                    .body("reason", matchesPattern(".*replica running it stopped.*"));
            assertThat(Monitoring.rebuild().getString("state")).isEqualTo("done");
        } finally {
            delete(other);
        }
    }

    @Test
    void theKpisSayTheyAreIncompleteWhileARebuildRunsAndAfterOneFailedUntilOneIsDone() throws SQLException {
        Monitoring.wards("geffen");
        String manager = Monitoring.token("marieke", "manager", "geffen");
        UUID other = UUID.randomUUID();
        insertRunning(other, Instant.now().plusSeconds(5)); // the newest run, however fast the others were
        try {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(manager).get("/api/wards/geffen/kpis")
                    .then().statusCode(200).body("incomplete.rebuild", equalTo("running")));
            update("update rebuild_run set state = 'failed', finished_at = now(), reason = 'broker away' where id = ?", other);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(manager).get("/api/wards/geffen/kpis")
                    .then().statusCode(200).body("incomplete.rebuild", equalTo("failed")).body("goals", hasSize(5)));
        } finally {
            delete(other);
        }
        assertThat(Monitoring.rebuild().getString("state")).isEqualTo("done");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(manager).get("/api/wards/geffen/kpis")
                .then().statusCode(200).body("incomplete", nullValue()));
    }

    @Test
    void onlyACoordinatorMayStartOrReadARebuild() {
        String professional = Monitoring.token("petra", "professional", "ruwaard");
        given().auth().oauth2(professional).post("/api/admin/kpis/rebuild").then().statusCode(403);
        given().auth().oauth2(professional).get("/api/admin/kpis/rebuild/" + UUID.randomUUID()).then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator()).get("/api/admin/kpis/rebuild/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    private void insertRunning(UUID id, Instant startedAt) throws SQLException {
        update("insert into rebuild_run (id, state, started_at) values (?, 'running', ?)", id, startedAt);
    }

    private void moveStart(UUID id, Instant startedAt) throws SQLException {
        update("update rebuild_run set started_at = ? where id = ?", startedAt, id);
    }

    private void delete(UUID id) throws SQLException {
        update("delete from rebuild_run where id = ?", id);
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i] instanceof Instant at ? Timestamp.from(at) : parameters[i]);
            }
            s.executeUpdate();
        }
    }
}
