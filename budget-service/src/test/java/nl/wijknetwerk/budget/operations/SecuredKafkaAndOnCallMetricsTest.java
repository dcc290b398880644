package nl.wijknetwerk.budget.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.wijknetwerk.shared.event.Topics;
import nl.wijknetwerk.testing.KafkaBroker;
import nl.wijknetwerk.testing.TopicProbe;

/**
 * This module's broker requires SASL/SCRAM-SHA-512 (see BudgetTestResources), so every event test of the module
 * — outbox relay, consumers, dead-letter producer — runs over an authenticated connection configured only through
 * {@code kafka.*} settings, as against a secured Strimzi cluster. Here: the broker really refuses anonymous
 * clients, and the figures on-call alerts on are published.
 */
@QuarkusTest
class SecuredKafkaAndOnCallMetricsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void theBrokerRefusesAClientWithoutCredentialsAndServesOneWithThem() throws Exception {
        Map<String, Object> anonymous = Map.of("bootstrap.servers", kafka, "request.timeout.ms", 2000,
                "default.api.timeout.ms", 3000);
        try (Admin admin = Admin.create(anonymous)) {
            assertThatThrownBy(() -> admin.listTopics().names().get(5, TimeUnit.SECONDS)).isInstanceOf(Exception.class);
        }
        try (Admin admin = Admin.create(KafkaBroker.clientConfigFor(kafka))) {
            assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS)).isNotNull();
        }
    }

    @Test
    void onCallSeesOutboxBacklogConsumerLagAndDeadLetters() {
        TopicProbe.send(kafka, Topics.CASES, UUID.randomUUID().toString(), "{not an event");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            // On the management interface (its own port), never the API's.
            String metrics = given().get(ConfigProvider.getConfig().getValue("test.management.url", String.class) + "/metrics")
                    .then().statusCode(200).extract().asString();
            assertThat(metrics)
                    .contains("wijknetwerk_outbox_oldest_unsent_age_seconds")
                    .contains("wijknetwerk_outbox_unsent")
                    .contains("wijknetwerk_outbox_failures_total")
                    .contains("kafka_consumer_fetch_manager_records_lag_max")
                    .containsPattern("wijknetwerk_events_dead_lettered_total\\{consumer=\"budget-service.cases-events\"[^}]*} [1-9]");
        });
    }
}
