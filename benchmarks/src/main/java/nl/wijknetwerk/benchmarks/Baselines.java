package nl.wijknetwerk.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the same PostgreSQL and the same Kafka broker do without the platform in between, with the same number of
 * workers for the same time: the floor each scenario is compared with.
 */
final class Baselines {

    static final String JDBC_INSERT = "JDBC insert (1 row, autocommit)";
    static final String JDBC_SELECT = "JDBC select by primary key";
    static final String KAFKA_ROUND_TRIP = "Kafka produce→consume";
    /** Like for like with {@link Scenarios#OPEN_CASE}: the rows it writes, in one transaction. */
    static final String JDBC_OPEN_CASE = "JDBC tx: case + access log + outbox";
    /** Like for like with {@link SamenwerkwijzeSteps#INTAKE}. */
    static final String JDBC_INTAKE = "JDBC tx: case read + intake + access log + outbox";
    /** Like for like with {@link Scenarios#READ_CASE}: the rows it reads, and the access-log entry every read leaves. */
    static final String JDBC_READ_CASE = "JDBC tx: case + intake read + access log";

    /**
     * case-service's tables as its migrations make them (the columns a case, an intake, an access-log entry and an
     * outbox row use, their keys, indexes and the outbox sequence), in the baseline database.
     */
    private static final List<String> CASE_TABLES = List.of(
            "drop table if exists bl_intake_version, bl_case_file, bl_access_log, bl_outbox_message",
            "drop sequence if exists bl_outbox_seq",
            "create sequence bl_outbox_seq",
            """
            create table bl_case_file (id uuid primary key, ward text not null, kind text not null check (kind in ('INDIVIDUAL', 'COLLECTIVE')),
                question text not null, life_domains text[] not null default '{}', started_by text not null, triage_route text,
                status text not null, opened_by text not null, opened_by_organisation text, opened_on date not null,
                created_at timestamptz not null, version bigint not null default 0)""",
            "create index bl_case_file_ward on bl_case_file (ward, created_at desc)",
            """
            create table bl_access_log (id uuid primary key, ward text not null, at timestamptz not null, actor text not null,
                actor_role text, organisation text, on_behalf_of text, resident_id uuid, case_id uuid, action text not null,
                outcome text not null check (outcome in ('GRANTED', 'DENIED')), claimed_on_behalf_of text)""",
            "create index bl_access_log_resident on bl_access_log (ward, resident_id, at)",
            "create index bl_access_log_case on bl_access_log (ward, case_id, at)",
            """
            create table bl_outbox_message (id uuid primary key, seq bigint not null, topic text not null, message_key text not null,
                type text not null, ward text not null, envelope text not null, created_at timestamptz not null, sent_at timestamptz)""",
            "create index bl_outbox_message_unsent on bl_outbox_message (seq) where sent_at is null",
            """
            create table bl_intake_version (id uuid primary key, ward text not null, case_id uuid not null references bl_case_file (id),
                version integer not null check (version >= 1), i_want text not null, i_can text not null, i_need text not null,
                recorded_by text not null, recorded_on date not null, recorded_at timestamptz not null, unique (case_id, version))""");

    /** An event as case-service puts it in the outbox: about the size of a real case-opened envelope. */
    private static final String ENVELOPE = "{\"specversion\":\"1.0\",\"id\":\"%s\",\"type\":\"nl.wijknetwerk.case.case-opened.v1\","
            + "\"source\":\"/wijknetwerk/case-service\",\"time\":\"2026-01-01T10:00:00Z\",\"subject\":\"%s\",\"wardid\":\"ruwaard\","
            + "\"datacontenttype\":\"application/json\",\"data\":{\"caseId\":\"%s\",\"kind\":\"INDIVIDUAL\",\"startedBy\":"
            + "\"PROFESSIONAL\",\"organisation\":\"ons-welzijn\",\"lifeDomains\":[\"DAYTIME_ACTIVITY\",\"HEALTH\"],"
            + "\"triageRoute\":\"INDIVIDUAL_AT_HOME\",\"openedOn\":\"2026-01-01\"}}";

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String kafkaBootstrap;

    Baselines(String jdbcUrl, String user, String password, String kafkaBootstrap) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.kafkaBootstrap = kafkaBootstrap;
    }

    /** Single-row inserts, each its own transaction, one connection per worker: what an outbox write costs at least. */
    LoadDriver.Run jdbcInserts(int workers, Duration duration) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("drop table if exists baseline_row");
            s.execute("create table baseline_row (id uuid primary key, ward text not null, payload text not null, "
                    + "created_at timestamptz not null default now())");
        }
        return onConnections(JDBC_INSERT, workers, duration, true, (c, latencies, n) -> {
            long t0 = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement("insert into baseline_row (id, ward, payload) values (?, ?, ?)")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, "ruwaard");
                insert.setString(3, "{\"kind\":\"INDIVIDUAL\",\"question\":\"Ik wil weer meedoen in de wijk.\"}");
                insert.executeUpdate();
            }
            latencies.record(JDBC_INSERT, System.nanoTime() - t0);
        });
    }

    /** Reads of one random row of those the insert baseline wrote, by primary key. */
    LoadDriver.Run jdbcSelects(int workers, Duration duration) throws SQLException {
        List<UUID> ids = ids("select id from baseline_row limit 10000");
        return onConnections(JDBC_SELECT, workers, duration, true, (c, latencies, n) -> {
            long t0 = System.nanoTime();
            try (PreparedStatement select = c.prepareStatement("select id, ward, payload, created_at from baseline_row where id = ?")) {
                select.setObject(1, ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("row vanished");
                    }
                }
            }
            latencies.record(JDBC_SELECT, System.nanoTime() - t0);
        });
    }

    /**
     * The rows of scenario (a), written as case-service writes them but with plain JDBC: per iteration one
     * transaction for the opened case (case row, access-log entry, outbox row with its sequence number) and one for
     * the intake (case row read, intake version, access-log entry, outbox row). One connection per worker.
     */
    LoadDriver.Run jdbcWritePath(int workers, Duration duration) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String ddl : CASE_TABLES) {
                s.execute(ddl);
            }
        }
        return onConnections("JDBC write path", workers, duration, false, (c, latencies, n) -> {
            UUID caseId = UUID.randomUUID();
            long t0 = System.nanoTime();
            try (PreparedStatement kase = c.prepareStatement("""
                    insert into bl_case_file (id, ward, kind, question, life_domains, started_by, triage_route, status, opened_by,
                        opened_by_organisation, opened_on, created_at) values (?, 'ruwaard', 'INDIVIDUAL', ?, '{DAYTIME_ACTIVITY,HEALTH}',
                        'PROFESSIONAL', 'INDIVIDUAL_AT_HOME', 'OPEN', 'anna', 'ons-welzijn', current_date, now())""")) {
                kase.setObject(1, caseId);
                kase.setString(2, "Ik wil weer meedoen in de wijk (" + n + ").");
                kase.executeUpdate();
            }
            accessLog(c, caseId, "CASE_OPENED");
            outbox(c, caseId);
            c.commit();
            latencies.record(JDBC_OPEN_CASE, System.nanoTime() - t0);

            long t1 = System.nanoTime();
            try (PreparedStatement read = c.prepareStatement("select * from bl_case_file where id = ?")) {
                read.setObject(1, caseId);
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                }
            }
            try (PreparedStatement intake = c.prepareStatement("""
                    insert into bl_intake_version (id, ward, case_id, version, i_want, i_can, i_need, recorded_by, recorded_on, recorded_at)
                    values (?, 'ruwaard', ?, 1, 'Weer meedoen in de wijk.', 'Twee ochtenden per week iets doen.',
                        'Iemand die het eerste gesprek meegaat.', 'anna', current_date, now())""")) {
                intake.setObject(1, UUID.randomUUID());
                intake.setObject(2, caseId);
                intake.executeUpdate();
            }
            accessLog(c, caseId, "INTAKE_RECORDED");
            outbox(c, caseId);
            c.commit();
            latencies.record(JDBC_INTAKE, System.nanoTime() - t1);
        });
    }

    /**
     * The rows scenario (b)'s case read reads, with plain JDBC, and the access-log entry it leaves, in one transaction:
     * a case the write-path baseline wrote, picked at random.
     */
    LoadDriver.Run jdbcCaseReads(int workers, Duration duration) throws SQLException {
        List<UUID> ids = ids("select case_id from bl_intake_version limit 10000");
        return onConnections("JDBC case read", workers, duration, false, (c, latencies, n) -> {
            UUID caseId = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
            long t0 = System.nanoTime();
            try (PreparedStatement read = c.prepareStatement("select * from bl_case_file where id = ?")) {
                read.setObject(1, caseId);
                try (ResultSet rs = read.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("case vanished");
                    }
                }
            }
            try (PreparedStatement read = c.prepareStatement(
                    "select * from bl_intake_version where case_id = ? order by version desc limit 1")) {
                read.setObject(1, caseId);
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                }
            }
            accessLog(c, caseId, "CASE_READ");
            c.commit();
            latencies.record(JDBC_READ_CASE, System.nanoTime() - t0);
        });
    }

    private static void accessLog(Connection c, UUID caseId, String action) throws SQLException {
        try (PreparedStatement log = c.prepareStatement("""
                insert into bl_access_log (id, ward, at, actor, actor_role, organisation, case_id, action, outcome)
                values (?, 'ruwaard', now(), 'anna', 'professional', 'ons-welzijn', ?, ?, 'GRANTED')""")) {
            log.setObject(1, UUID.randomUUID());
            log.setObject(2, caseId);
            log.setString(3, action);
            log.executeUpdate();
        }
    }

    private static void outbox(Connection c, UUID caseId) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement out = c.prepareStatement("""
                insert into bl_outbox_message (id, seq, topic, message_key, type, ward, envelope, created_at)
                values (?, nextval('bl_outbox_seq'), 'cases.events', ?, 'nl.wijknetwerk.case.case-opened.v1', 'ruwaard', ?, now())""")) {
            out.setObject(1, id);
            out.setString(2, caseId.toString());
            out.setString(3, ENVELOPE.formatted(id, caseId, caseId));
            out.executeUpdate();
        }
    }

    /**
     * Each worker sends a record (acks=all, no linger) and waits until a consumer of the same topic has received
     * it: the least an event takes from one service to the next.
     */
    LoadDriver.Run kafkaRoundTrips(int workers, Duration duration) throws Exception {
        String topic = "benchmark.round-trip";
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", kafkaBootstrap))) {
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
        }
        Map<String, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();
        Properties producerConfig = new Properties();
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        Properties consumerConfig = new Properties();
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        Latencies latencies = new Latencies();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer());
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            Thread receiver = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
                            CompletableFuture<Void> f = waiting.remove(r.key());
                            if (f != null) {
                                f.complete(null);
                            }
                        }
                    } catch (org.apache.kafka.common.errors.InterruptException e) {
                        return;
                    }
                }
            }, "baseline-kafka-consumer");
            receiver.start();
            try {
                return LoadDriver.run(KAFKA_ROUND_TRIP, workers, duration, Long.MAX_VALUE, latencies, (worker, n) -> {
                    String key = UUID.randomUUID().toString();
                    CompletableFuture<Void> received = new CompletableFuture<>();
                    waiting.put(key, received);
                    long t0 = System.nanoTime();
                    producer.send(new ProducerRecord<>(topic, key, "{\"type\":\"nl.wijknetwerk.benchmark.ping.v1\"}"));
                    try {
                        received.get(30, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.TimeoutException e) {
                        waiting.remove(key);
                        latencies.error(KAFKA_ROUND_TRIP);
                        throw e;
                    }
                    latencies.record(KAFKA_ROUND_TRIP, System.nanoTime() - t0);
                });
            } finally {
                receiver.interrupt();
                receiver.join(5000);
            }
        }
    }

    /** One iteration of a JDBC baseline on the worker's own connection. */
    @FunctionalInterface
    private interface OnConnection {
        void run(Connection connection, Latencies latencies, long number) throws Exception;
    }

    /** Runs a JDBC baseline with one connection per worker, in autocommit or with transactions the iteration commits. */
    private LoadDriver.Run onConnections(String scenario, int workers, Duration duration, boolean autoCommit, OnConnection iteration)
            throws SQLException {
        Latencies latencies = new Latencies();
        Connection[] connections = connections(workers);
        try {
            for (Connection c : connections) {
                c.setAutoCommit(autoCommit);
            }
            return LoadDriver.run(scenario, workers, duration, Long.MAX_VALUE, latencies, (worker, n) -> {
                try {
                    iteration.run(connections[worker], latencies, n);
                } catch (Exception e) {
                    if (!autoCommit) {
                        connections[worker].rollback(); // the next iteration starts a clean transaction
                    }
                    throw e;
                }
            });
        } finally {
            close(connections);
        }
    }

    /** The ids an earlier baseline wrote, for a read baseline to pick from. */
    private List<UUID> ids(String query) throws SQLException {
        List<UUID> ids = new java.util.ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("nothing to read: " + query + " found no rows (run the writing baseline first)");
        }
        return ids;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    private Connection[] connections(int n) throws SQLException {
        Connection[] connections = new Connection[n];
        for (int i = 0; i < n; i++) {
            connections[i] = connect();
        }
        return connections;
    }

    private static void close(Connection[] connections) {
        for (Connection c : connections) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing after the measurement; nothing to report
            }
        }
    }
}
