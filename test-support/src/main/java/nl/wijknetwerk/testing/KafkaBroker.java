package nl.wijknetwerk.testing;

import java.util.Map;

import io.kroxylicious.testing.kafka.api.KafkaCluster;
import io.kroxylicious.testing.kafka.api.TerminationStyle;
import io.kroxylicious.testing.kafka.common.KafkaClusterConfig;
import io.kroxylicious.testing.kafka.common.KafkaClusterFactory;

/**
 * A real Apache Kafka broker (KRaft, combined controller and broker) running inside the test JVM: the same
 * broker code as production, no Docker. One per JVM; it can be stopped and started again to simulate an outage.
 */
public final class KafkaBroker {

    private static KafkaCluster cluster;

    private KafkaBroker() {
    }

    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            cluster = KafkaClusterFactory.create(KafkaClusterConfig.builder()
                    .kraftMode(true)
                    .brokersNum(1)
                    .brokerConfigs(Map.of(
                            "auto.create.topics.enable", "true",
                            "num.partitions", "3"))
                    .build());
            cluster.start();
            Runtime.getRuntime().addShutdownHook(new Thread(KafkaBroker::close, "kafka-broker-stop"));
        }
        return cluster.getBootstrapServers();
    }

    /** Takes the broker away, as a crash would; clients see connection failures until {@link #start()}. */
    public static synchronized void stop() {
        cluster.stopNodes(node -> true, TerminationStyle.ABRUPT);
    }

    public static synchronized void start() {
        cluster.startNodes(node -> true);
    }

    public static synchronized Map<String, Object> clientConfig() {
        bootstrapServers();
        return cluster.getKafkaClientConfiguration();
    }

    private static synchronized void close() {
        try {
            if (cluster != null) {
                cluster.close();
            }
        } catch (Exception ignored) {
            // the JVM is going away
        }
    }
}
