package nl.wijknetwerk.monitoring.indicator;

import static io.restassured.RestAssured.given;
import static nl.wijknetwerk.monitoring.Monitoring.caseOpened;
import static nl.wijknetwerk.monitoring.Monitoring.kpisJson;
import static nl.wijknetwerk.monitoring.Monitoring.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.wijknetwerk.monitoring.Monitoring;

/**
 * The KPI page is computed once per version of the ward's facts and read back from the database after that: a new
 * fact of the ward shows once the stored page is older than its max-age (250 ms), a fact of another ward leaves the
 * ward's page as it was.
 */
@QuarkusTest
class KpiSnapshotTest {

    @Inject
    DataSource dataSource;

    @Test
    void aNewFactOfTheWardShowsOnItsPageAndAnotherWardsFactLeavesItsPageAlone() throws SQLException {
        Monitoring.wards("lith", "maren");
        caseOpened("lith", UUID.randomUUID(), "2016-03-01", "INDIVIDUAL_AT_HOME");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(value("lith", "2016", "open-cases")).isEqualByComparingTo("1"));

        // Read again with nothing new: the same page, from the snapshot stored at the ward's current version.
        assertThat(kpisJson("lith", "2016")).isEqualTo(kpisJson("lith", "2016"));
        assertThat(snapshotIsCurrent("lith", "2016")).isTrue();
        long lith = version("lith");

        caseOpened("maren", UUID.randomUUID(), "2016-04-01", "INDIVIDUAL_AT_HOME");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(value("maren", "2016", "open-cases")).isEqualByComparingTo("1"));
        assertThat(version("lith")).isEqualTo(lith);
        assertThat(snapshotIsCurrent("lith", "2016")).isTrue();
        assertThat(value("lith", "2016", "open-cases")).isEqualByComparingTo("1");

        caseOpened("lith", UUID.randomUUID(), "2016-05-01", "INDIVIDUAL_AT_HOME");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(value("lith", "2016", "open-cases")).isEqualByComparingTo("2"));
        assertThat(version("lith")).isGreaterThan(lith);
        assertThat(value("maren", "2016", "open-cases")).isEqualByComparingTo("1");
    }

    @Test
    void aPageIsShownForAtMostItsMaxAgeAfterTheFactsChangedThenComputedAfresh() throws SQLException {
        outdatedWithinItsMaxAge("megen");
        assertThat(snapshotIsCurrent("megen", "2016")).isFalse();
        assertThat(value("megen", "2016", "open-cases")).as("within its max-age the stored page is shown").isEqualByComparingTo("1");
        // Its max-age over: the next read computes the page from the facts (a replica that showed the page a moment
        // ago shows it for at most max-age more without asking the database).
        computedAt("megen", "clock_timestamp() - interval '1 hour'");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(value("megen", "2016", "open-cases")).isEqualByComparingTo("2"));
        assertThat(snapshotIsCurrent("megen", "2016")).isTrue();
    }

    @Test
    void aKpiImportShowsOnTheNextReadEvenWhileAnOutdatedPageIsHeld() throws SQLException {
        outdatedWithinItsMaxAge("vught");
        assertThat(value("vught", "2016", "open-cases")).as("an outdated page within its max-age, now held").isEqualByComparingTo("1");

        given().auth().oauth2(Monitoring.token("marco", "manager", "vught")).contentType("text/csv")
                .body("period,indicator,value\n2016-Q1,crises,3\n").post("/api/wards/vught/kpis/imports").then().statusCode(200);
        assertThat(value("vught", "2016", "crises")).as("the importer sees the import on the next read").isEqualByComparingTo("3");
        assertThat(value("vught", "2016", "open-cases")).isEqualByComparingTo("2");
    }

    /** A ward with one case on its page, and a second case taken in while the stored page counts as just computed. */
    private void outdatedWithinItsMaxAge(String ward) throws SQLException {
        Monitoring.wards(ward);
        caseOpened(ward, UUID.randomUUID(), "2016-03-01", "INDIVIDUAL_AT_HOME");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(value(ward, "2016", "open-cases")).isEqualByComparingTo("1"));
        long before = version(ward);
        // The stored page counts as just computed (its max-age not yet over) while the next case comes in.
        computedAt(ward, "clock_timestamp() + interval '1 hour'");
        caseOpened(ward, UUID.randomUUID(), "2016-04-01", "INDIVIDUAL_AT_HOME");
        await().atMost(Duration.ofSeconds(30)).until(() -> version(ward) > before);
    }

    private void computedAt(String ward, String when) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("update kpi_snapshot set computed_at = " + when + " where ward = ?")) {
            s.setString(1, ward);
            assertThat(s.executeUpdate()).isPositive();
        }
    }

    private long version(String ward) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select version from ward_fact_version where ward = ?")) {
            s.setString(1, ward);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    private boolean snapshotIsCurrent(String ward, String period) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                select count(*) from kpi_snapshot s join ward_fact_version v on v.ward = s.ward
                where s.ward = ? and s.period = ? and s.version = v.version""")) {
            s.setString(1, ward);
            s.setString(2, period);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) == 1;
            }
        }
    }
}
