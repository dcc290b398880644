package nl.wijknetwerk.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Many wards' worth of monitoring facts, generated inside PostgreSQL with {@code generate_series} straight into
 * the fact tables of a separate monitoring-service database (its schema made by the service's own Flyway
 * migrations at start): {@code wards} known wards, {@code cases} case facts spread evenly over them (opened over
 * eight years, a third closed 60 days later) and {@code events} processed-event rows, the idempotency record one
 * consumed event leaves. Going through Kafka would measure the consumer instead of the query and take hours
 * at this size on two cores.
 */
final class ScaleData {

    record Size(int wards, long cases, long events) {
    }

    record Generated(Size size, Duration took, long databaseBytes) {
    }

    private final String jdbcUrl;
    private final String user;
    private final String password;

    ScaleData(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    static String wardSlug(int n) {
        return String.format("w%04d", n);
    }

    Generated generate(Size size) throws SQLException {
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
            // Start from the same empty tables each run, so the figures belong to the stated size.
            s.execute("delete from known_ward where slug ~ '^w[0-9]{4}$'");
            s.execute("truncate case_fact, processed_event");
            try (PreparedStatement wards = c.prepareStatement("""
                    insert into known_ward (slug, name, time_zone, status, updated_at)
                    select 'w' || lpad(i::text, 4, '0'), 'Wijk ' || i, 'Europe/Amsterdam', 'ACTIVE', now()
                    from generate_series(1, ?) i""")) {
                wards.setInt(1, size.wards());
                wards.executeUpdate();
            }
            try (PreparedStatement cases = c.prepareStatement("""
                    insert into case_fact (case_id, ward, kind, triage_route, opened_on, closed_on)
                    select gen_random_uuid(),
                           'w' || lpad((1 + i % ?)::text, 4, '0'),
                           case when i % 5 = 0 then 'COLLECTIVE' else 'INDIVIDUAL' end,
                           (array['INDIVIDUAL_AT_HOME', 'GUIDED_TO_COLLECTIVE', 'COLLECTIVE_DIRECT'])[1 + i % 3],
                           date '2018-01-01' + (i % 2900)::int,
                           case when i % 3 = 0 then date '2018-01-01' + (i % 2900)::int + 60 end
                    from generate_series(1, ?) i""")) {
                cases.setInt(1, size.wards());
                cases.setLong(2, size.cases());
                cases.executeUpdate();
            }
            try (PreparedStatement events = c.prepareStatement("""
                    insert into processed_event (consumer, event_id, processed_at)
                    select 'monitoring-service.case-events', gen_random_uuid(), now() - (i % 2900) * interval '1 day'
                    from generate_series(1, ?) i""")) {
                events.setLong(1, size.events());
                events.executeUpdate();
            }
            s.execute("analyze known_ward, case_fact, processed_event");
            long bytes;
            try (var rs = s.executeQuery("select pg_database_size(current_database())")) {
                rs.next();
                bytes = rs.getLong(1);
            }
            return new Generated(size, Duration.ofNanos(System.nanoTime() - started), bytes);
        }
    }
}
