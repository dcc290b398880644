package nl.wijknetwerk.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads what is on a topic (from the beginning) and puts raw messages on one, for assertions in tests. */
public final class TopicProbe {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TopicProbe() {
    }

    /** Every message on the topic now, as JSON trees (values that are not JSON come back as text nodes). */
    public static List<JsonNode> readAll(String bootstrapServers, String topic) {
        Map<String, Object> config = KafkaBroker.clientConfigFor(bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<JsonNode> out = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 5_000;
            int emptyPolls = 0;
            while (System.currentTimeMillis() < deadline && emptyPolls < 3) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty() && !consumer.assignment().isEmpty()) {
                    emptyPolls++;
                }
                for (ConsumerRecord<String, String> r : records) {
                    out.add(parse(r.value()));
                }
            }
        }
        return out;
    }

    public static void send(String bootstrapServers, String topic, String key, String value) {
        Map<String, Object> config = KafkaBroker.clientConfigFor(bootstrapServers);
        config.put("acks", "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Puts the messages on the topic under one key at once (one partition, in this order), so a consumer's poll sees them together. */
    public static void sendAll(String bootstrapServers, String topic, String key, List<String> values) {
        Map<String, Object> config = KafkaBroker.clientConfigFor(bootstrapServers);
        config.put("acks", "all");
        config.put("linger.ms", "50");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            List<Future<?>> sent = new ArrayList<>();
            for (String value : values) {
                sent.add(producer.send(new ProducerRecord<>(topic, key, value)));
            }
            for (var ack : sent) {
                ack.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String value) {
        try {
            return MAPPER.readTree(value);
        } catch (Exception e) {
            return MAPPER.getNodeFactory().textNode(value);
        }
    }
}
