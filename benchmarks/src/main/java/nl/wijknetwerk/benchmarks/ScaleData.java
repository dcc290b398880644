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
 * eight years, a third closed 60 days later; four in five individual, half of those with an MDO, a plan and an
 * agreement, all with a wellbeing T0 and T1) and {@code events} processed-event rows, the idempotency record one
 * consumed event leaves. Going through Kafka would measure the consumer instead of the query and take hours
 * at this size on two cores.
 */
final class ScaleData {

    record Size(int wards, long cases, long events) {
    }

    /** @param rows the generated rows per fact table */
    record Generated(Size size, Duration took, long databaseBytes, java.util.Map<String, Long> rows) {
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
            s.execute("truncate case_fact, mdo_fact, agreement_fact, wellbeing_fact, processed_event");
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
            // What the Samenwerkwijze leaves per individual case: half of them had an MDO ten days after opening and
            // a plan with one agreement two days later (kept on time when done), and every one a wellbeing T0 and T1.
            s.execute("""
                    update case_fact set started_by = 'PROFESSIONAL',
                           first_mdo_on = case when get_byte(uuid_send(case_id), 0) < 128 then opened_on + 10 end,
                           first_plan_on = case when get_byte(uuid_send(case_id), 0) < 128 then opened_on + 12 end
                    where kind = 'INDIVIDUAL'""");
            s.execute("""
                    insert into mdo_fact (mdo_id, ward, case_id, held_on, organisations, professionals, days_since_opened)
                    select gen_random_uuid(), ward, case_id, first_mdo_on, 2 + get_byte(uuid_send(case_id), 1) % 3,
                           3 + get_byte(uuid_send(case_id), 1) % 3, 10
                    from case_fact where first_mdo_on is not null""");
            s.execute("""
                    insert into agreement_fact (agreement_id, ward, case_id, performer, agreed_on, due_on, completed_on, on_time)
                    select gen_random_uuid(), ward, case_id, 'PROFESSIONAL', first_plan_on, first_plan_on + 42,
                           case when get_byte(uuid_send(case_id), 2) % 3 > 0 then first_plan_on + 30 end,
                           case when get_byte(uuid_send(case_id), 2) % 3 > 0 then get_byte(uuid_send(case_id), 3) % 5 > 0 end
                    from case_fact where first_plan_on is not null""");
            s.execute("""
                    insert into wellbeing_fact (event_id, ward, case_id, moment, score, measured_on, recorded_at)
                    select gen_random_uuid(), ward, case_id, m.moment,
                           case m.moment when 'T0' then 3 + get_byte(uuid_send(case_id), 4) % 4
                                         else 4 + get_byte(uuid_send(case_id), 5) % 5 end,
                           opened_on + m.days, (opened_on + m.days)::timestamp at time zone 'Europe/Amsterdam'
                    from case_fact, (values ('T0', 14), ('T1', 56)) m (moment, days)
                    where kind = 'INDIVIDUAL'""");
            try (PreparedStatement events = c.prepareStatement("""
                    insert into processed_event (consumer, event_id, processed_at)
                    select 'monitoring-service.case-events', gen_random_uuid(), now() - (i % 2900) * interval '1 day'
                    from generate_series(1, ?) i""")) {
                events.setLong(1, size.events());
                events.executeUpdate();
            }
            s.execute("analyze known_ward, case_fact, mdo_fact, agreement_fact, wellbeing_fact, processed_event");
            long bytes;
            try (var rs = s.executeQuery("select pg_database_size(current_database())")) {
                rs.next();
                bytes = rs.getLong(1);
            }
            java.util.Map<String, Long> rows = new java.util.LinkedHashMap<>();
            for (String table : java.util.List.of("mdo_fact", "agreement_fact", "wellbeing_fact")) {
                try (var rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    rows.put(table, rs.getLong(1));
                }
            }
            return new Generated(size, Duration.ofNanos(System.nanoTime() - started), bytes, rows);
        }
    }
}
