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
        Latencies latencies = new Latencies();
        Connection[] connections = connections(workers);
        try {
            return LoadDriver.run(JDBC_INSERT, workers, duration, Long.MAX_VALUE, latencies, (worker, n) -> {
                long t0 = System.nanoTime();
                try (PreparedStatement insert = connections[worker].prepareStatement(
                        "insert into baseline_row (id, ward, payload) values (?, ?, ?)")) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, "ruwaard");
                    insert.setString(3, "{\"kind\":\"INDIVIDUAL\",\"question\":\"Ik wil weer meedoen in de wijk.\"}");
                    insert.executeUpdate();
                }
                latencies.record(JDBC_INSERT, System.nanoTime() - t0);
            });
        } finally {
            close(connections);
        }
    }

    /** Reads of one random row of those the insert baseline wrote, by primary key. */
    LoadDriver.Run jdbcSelects(int workers, Duration duration) throws SQLException {
        List<UUID> ids = new java.util.ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id from baseline_row limit 10000")) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        }
        Latencies latencies = new Latencies();
        Connection[] connections = connections(workers);
        try {
            return LoadDriver.run(JDBC_SELECT, workers, duration, Long.MAX_VALUE, latencies, (worker, n) -> {
                long t0 = System.nanoTime();
                try (PreparedStatement select = connections[worker].prepareStatement(
                        "select id, ward, payload, created_at from baseline_row where id = ?")) {
                    select.setObject(1, ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
                    try (ResultSet rs = select.executeQuery()) {
                        if (!rs.next()) {
                            throw new IllegalStateException("row vanished");
                        }
                    }
                }
                latencies.record(JDBC_SELECT, System.nanoTime() - t0);
            });
        } finally {
            close(connections);
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
