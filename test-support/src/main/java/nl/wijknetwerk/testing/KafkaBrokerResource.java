package nl.wijknetwerk.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points the application's Kafka clients at the in-JVM broker. Init arg {@code sasl-mechanism} (e.g.
 * {@code SCRAM-SHA-512}) makes the broker require authentication and hands the application its credentials
 * through the same {@code kafka.*} settings a secured cluster is configured with in production.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private String saslMechanism;

    @Override
    public void init(Map<String, String> initArgs) {
        saslMechanism = initArgs.get("sasl-mechanism");
    }

    @Override
    public Map<String, String> start() {
        if (saslMechanism != null) {
            KafkaBroker.requireSasl(saslMechanism);
        }
        Map<String, String> config = new HashMap<>();
        KafkaBroker.clientConfigFor(KafkaBroker.bootstrapServers())
                .forEach((key, value) -> config.put("kafka." + key, String.valueOf(value)));
        return config;
    }

    @Override
    public void stop() {
        // shared by every test class of the JVM; stopped at JVM exit
    }
}
