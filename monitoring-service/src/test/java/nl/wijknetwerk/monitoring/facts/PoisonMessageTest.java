package nl.wijknetwerk.monitoring.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.wijknetwerk.monitoring.Monitoring;
import nl.wijknetwerk.shared.event.Topics;
import nl.wijknetwerk.testing.TopicProbe;

/** A message that breaks the contract goes to the dead-letter topic and does not hold up the events behind it. */
@QuarkusTest
class PoisonMessageTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void aPoisonMessageIsSetAsideAndTheNextEventStillCounts() {
        Monitoring.wards("ussen");
        String marker = "not-an-event-" + UUID.randomUUID();
        TopicProbe.send(kafka, Topics.CASES, "ussen", "{\"type\": \"" + marker + "\"}");
        // Five cases after it, the least a wellbeing figure is shown for: it shows once all five have counted.
        for (int i = 0; i < 5; i++) {
            Monitoring.wellbeing("ussen", UUID.randomUUID(), "T2", 7, "2020-06-0" + (1 + i));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Monitoring.value("ussen", "2020", "wellbeing-t2")).isEqualByComparingTo("7.0"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(TopicProbe.readAll(kafka, "monitoring-service.dlq"))
                .anySatisfy(m -> assertThat(m.toString()).contains(marker)));
    }
}
