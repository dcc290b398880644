package nl.wijknetwerk.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * Apache Kafka's own broker in KRaft mode (combined broker and controller) as a child JVM, run from the Kafka
 * jars on the launcher's class path. Its data lives in {@code .platform/kafka/data} and survives a restart,
 * like the databases, unless the run is fresh.
 */
final class LocalKafka implements AutoCloseable {

    private final Path home;
    private final Path classpath;
    private final Ports ports;
    private ChildProcess broker;

    LocalKafka(Path platformDir, Path classpath, Ports ports) {
        this.home = platformDir.resolve("kafka");
        this.classpath = classpath;
        this.ports = ports;
    }

    void start(boolean fresh) {
        Path data = home.resolve("data");
        Path config = home.resolve("server.properties");
        try {
            if (fresh) {
                deleteTree(data);
            }
            Files.createDirectories(data);
            Files.writeString(config, serverProperties(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Files.exists(data.resolve("meta.properties"))) {
            ChildProcess.run("kafka-storage-format",
                    java("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()),
                    home, home.resolve("format.log"), Duration.ofMinutes(2));
        }
        broker = ChildProcess.start("kafka", java("kafka.Kafka", config.toString()), home, home.resolve("kafka.log"));
        awaitBroker();
    }

    private List<String> java(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(ChildProcess.javaExecutable(), "-Xms128m", "-Xmx512m",
                "-XX:+UseSerialGC", "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-Dorg.slf4j.simpleLogger.showDateTime=true", "-cp", classpath + "/*", mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private String serverProperties(Path data) {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + ports.kafkaController(),
                "listeners=PLAINTEXT://localhost:" + ports.kafka() + ",CONTROLLER://localhost:" + ports.kafkaController(),
                "advertised.listeners=PLAINTEXT://localhost:" + ports.kafka(),
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + data,
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "") ;
    }

    private void awaitBroker() {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, ports.kafkaBootstrap(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        while (System.nanoTime() < deadline) {
            if (!broker.alive()) {
                throw new IllegalStateException("the Kafka broker stopped while starting:\n" + broker.tail());
            }
            try (Admin admin = Admin.create(config)) {
                admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                return;
            } catch (Exception notYet) {
                ChildProcess.sleep(Duration.ofMillis(500));
            }
        }
        throw new IllegalStateException("the Kafka broker did not answer within 90 s:\n" + broker.tail());
    }

    @Override
    public void close() {
        if (broker != null) {
            broker.close();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
