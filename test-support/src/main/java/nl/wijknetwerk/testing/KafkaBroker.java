package nl.wijknetwerk.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import io.kroxylicious.testing.kafka.api.KafkaCluster;
import io.kroxylicious.testing.kafka.api.TerminationStyle;
import io.kroxylicious.testing.kafka.common.KafkaClusterConfig;
import io.kroxylicious.testing.kafka.common.KafkaClusterFactory;

/**
 * A real Apache Kafka broker (KRaft, combined controller and broker) running inside the test JVM: the same
 * broker code as production, no Docker. One per JVM; it can be stopped and started again to simulate an outage.
 */
public final class KafkaBroker {

    /** The one client identity of a broker that requires SASL authentication. */
    public static final String SASL_USER = "wijknetwerk";
    public static final String SASL_PASSWORD = "wijknetwerk-test-secret";

    private static KafkaCluster cluster;
    private static String saslMechanism;

    private KafkaBroker() {
    }

    /**
     * Makes this JVM's broker accept only SASL-authenticated clients (e.g. {@code SCRAM-SHA-512}), as a secured
     * production cluster does; call before the broker first starts.
     */
    public static synchronized void requireSasl(String mechanism) {
        if (cluster != null && !Objects.equals(mechanism, saslMechanism)) {
            throw new IllegalStateException("The broker of this JVM already runs with SASL " + saslMechanism);
        }
        saslMechanism = mechanism;
    }

    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            var config = KafkaClusterConfig.builder()
                    .kraftMode(true)
                    .brokersNum(1)
                    .brokerConfigs(Map.of(
                            "auto.create.topics.enable", "true",
                            "num.partitions", "3"));
            if (saslMechanism != null) {
                config.securityProtocol("SASL_PLAINTEXT").saslMechanism(saslMechanism).user(SASL_USER, SASL_PASSWORD);
            }
            // The in-JVM cluster gives its broker 30 s to come up; on a machine busy with other builds that can pass
            // before it does, so a slow start is tried again with a new cluster instead of failing the whole module.
            for (int attempt = 1; ; attempt++) {
                cluster = KafkaClusterFactory.create(config.build());
                try {
                    cluster.start();
                    break;
                } catch (RuntimeException e) {
                    try {
                        cluster.close();
                    } catch (Exception closing) {
                        e.addSuppressed(closing);
                    }
                    cluster = null;
                    if (attempt == 3) {
                        throw e;
                    }
                }
            }
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

    /**
     * How a client reaches the broker at that address: for this JVM's broker its full client configuration
     * (with SASL settings when it requires them), otherwise just the address.
     */
    public static synchronized Map<String, Object> clientConfigFor(String bootstrapServers) {
        Map<String, Object> config = new HashMap<>();
        if (cluster != null && bootstrapServers.equals(cluster.getBootstrapServers())) {
            config.putAll(cluster.getKafkaClientConfiguration());
        }
        config.put("bootstrap.servers", bootstrapServers);
        return config;
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
