package nl.wijknetwerk.monitoring.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import nl.wijknetwerk.monitoring.Monitoring;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.event.Topics;
import nl.wijknetwerk.testing.TestEvents;
import nl.wijknetwerk.testing.TopicProbe;

/**
 * Events arrive a poll at a time. A poll that holds an unreadable message and an event whose effect fails still
 * counts every other event exactly once, and sets those two aside on the dead-letter topic.
 */
@QuarkusTest
class PoisonInAPollTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void theGoodEventsOfAPollWithPoisonAreCountedOnceAndThePoisonIsSetAside() {
        Monitoring.wards("ussen");
        List<String> poll = new ArrayList<>();
        List<ObjectNode> good = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ObjectNode event = wellbeingT1(i % 2 == 0 ? 6 : 8, "2017-05-0" + (1 + i % 9));
            good.add(event);
            poll.add(event.toString());
        }
        // Readable and on contract (the date has the right shape), but no such day: the effect fails.
        ObjectNode noSuchDay = wellbeingT1(9, "2017-02-30");
        poll.add(7, noSuchDay.toString());
        String unreadable = "{not an event " + UUID.randomUUID();
        poll.add(13, unreadable);
        // The same event twice in one poll, as a relay that sent it again would: it counts once.
        poll.add(good.get(0).toString());

        TopicProbe.sendAll(kafka, Topics.CASES, "one-partition-" + UUID.randomUUID(), poll);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var kpis = Monitoring.kpis("ussen", "2017");
            assertThat(kpis.getInt("goals.indicators.flatten().find { it.code == 'wellbeing-t1' }.basis")).isEqualTo(20);
            // Ten 6s and ten 8s: the 9 of the poison event is not among them.
            assertThat(Monitoring.value(kpis, "wellbeing-t1")).isEqualByComparingTo("7.0");
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(TopicProbe.readAll(kafka, "monitoring-service.dlq"))
                .anyMatch(m -> m.path("id").asText().equals(noSuchDay.path("id").asText()))
                .anyMatch(m -> m.asText().equals(unreadable)));
    }

    private static ObjectNode wellbeingT1(int score, String measuredOn) {
        UUID caseId = UUID.randomUUID();
        return TestEvents.envelope(EventTypes.WELLBEING_MEASURED, "ussen", caseId.toString(), """
                {"caseId": "%s", "moment": "T1", "score": %d, "measuredOn": "%s"}""".formatted(caseId, score, measuredOn));
    }
}
