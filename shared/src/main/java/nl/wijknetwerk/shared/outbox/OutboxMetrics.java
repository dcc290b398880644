package nl.wijknetwerk.shared.outbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * What on-call needs to see of the outbox: how many rows wait and how old the oldest waiting row is. A row that
 * waits long means events are not reaching Kafka (broker away, relay failing) while the API keeps answering 2xx.
 * Read at scrape time with one indexed query over all wards (a plain JDBC read: no tenant, no personal data).
 */
@ApplicationScoped
public class OutboxMetrics {

    private final DataSource dataSource;

    public OutboxMetrics(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("wijknetwerk.outbox.oldest.unsent.age", this, m -> m.read().ageSeconds())
                .description("Age of the oldest outbox row not yet delivered to Kafka (0 when none waits)")
                .baseUnit("seconds").register(registry);
        Gauge.builder("wijknetwerk.outbox.unsent", this, m -> m.read().unsent())
                .description("Outbox rows not yet delivered to Kafka").register(registry);
    }

    record Backlog(double unsent, double ageSeconds) {
    }

    Backlog read() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*), min(created_at) from outbox_message where sent_at is null")) {
            r.next();
            Timestamp oldest = r.getTimestamp(2);
            double age = oldest == null ? 0 : Duration.between(oldest.toInstant(), Instant.now()).toMillis() / 1000.0;
            return new Backlog(r.getLong(1), Math.max(0, age));
        } catch (SQLException e) {
            // The database is away: the gauge shows no value rather than a wrong one; readiness reports the cause.
            return new Backlog(Double.NaN, Double.NaN);
        }
    }
}
