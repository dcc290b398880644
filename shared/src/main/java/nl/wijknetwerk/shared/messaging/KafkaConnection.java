package nl.wijknetwerk.shared.messaging;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Identifier;

/**
 * How every Kafka client of a service connects: the same settings the messaging connector uses (Quarkus'
 * {@code default-kafka-broker} map, built from {@code kafka.*} properties and {@code KAFKA_*} environment
 * variables). Clients made by hand — the outbox relay, a rebuild consumer — take them from here, so TLS and
 * SASL settings ({@code KAFKA_SECURITY_PROTOCOL}, {@code KAFKA_SASL_MECHANISM}, {@code KAFKA_SASL_JAAS_CONFIG},
 * {@code KAFKA_SSL_TRUSTSTORE_*}) reach them exactly as they reach the connector's consumers and producers.
 */
@ApplicationScoped
public class KafkaConnection {

    private final Map<String, Object> defaults;

    public KafkaConnection(@Identifier("default-kafka-broker") Map<String, Object> defaults) {
        this.defaults = Map.copyOf(defaults);
    }

    /** @return a fresh, mutable copy of the connection settings for a client to add its own to */
    public Map<String, Object> clientProperties() {
        return new HashMap<>(defaults);
    }
}
