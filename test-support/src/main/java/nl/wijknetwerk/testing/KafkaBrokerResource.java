package nl.wijknetwerk.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Points the application's Kafka clients at the in-JVM broker. */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", KafkaBroker.bootstrapServers());
    }

    @Override
    public void stop() {
        // shared by every test class of the JVM; stopped at JVM exit
    }
}
