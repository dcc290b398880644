package nl.wijknetwerk.monitoring.facts;

import static io.restassured.RestAssured.given;
import static nl.wijknetwerk.monitoring.Monitoring.kpis;
import static nl.wijknetwerk.monitoring.Monitoring.kpisJson;
import static nl.wijknetwerk.monitoring.Monitoring.metric;
import static nl.wijknetwerk.monitoring.Monitoring.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.wijknetwerk.monitoring.Monitoring;
import nl.wijknetwerk.shared.event.Topics;
import nl.wijknetwerk.testing.TestEvents;
import nl.wijknetwerk.testing.Tokens;

/**
 * Events of case-, network- and budget-service, over the real broker, move the indicators of their own ward only;
 * delivering them all again changes nothing; rebuilding the store from offset zero gives the same numbers.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KpisFromEventsTest {

    static final String PERIOD = "2025";
    /** Everything published by this class, to deliver it a second time. */
    static final List<ObjectNode> SENT = new ArrayList<>();

    @Test
    @Order(1)
    void eventsOfAllServicesMoveTheIndicatorsOfTheirWardOnly() {
        Monitoring.wards("ruwaard", "ussen");
        String ussenBefore = kpisJson("ussen", PERIOD);

        UUID caseA = UUID.randomUUID();
        UUID caseB = UUID.randomUUID();
        UUID agreement = UUID.randomUUID();
        SENT.add(Monitoring.caseOpened("ruwaard", caseA, "2025-03-03", "INDIVIDUAL_AT_HOME"));
        SENT.add(Monitoring.caseOpened("ruwaard", caseB, "2025-04-01", "COLLECTIVE_DIRECT"));
        // After the intake case B turns out to need a professional's guidance to the collective provision.
        SENT.add(Monitoring.triageRouteChanged("ruwaard", caseB, "COLLECTIVE_DIRECT", "GUIDED_TO_COLLECTIVE", "2025-04-08"));
        SENT.add(Monitoring.mdoHeld("ruwaard", caseA, "2025-03-07", List.of("pantein", "brabantwonen", "ons-welzijn")));
        SENT.add(Monitoring.planAgreed("ruwaard", caseA, "2025-03-07", agreement, "2025-04-01"));
        SENT.add(Monitoring.agreementCompleted("ruwaard", caseA, agreement, "2025-03-28", true));
        SENT.add(Monitoring.wellbeing("ruwaard", caseA, "T0", 3, "2025-03-07"));
        SENT.add(Monitoring.wellbeing("ruwaard", caseA, "T1", 8, "2025-04-20"));
        // Wellbeing figures are shown for five cases or more: four more residents measured alike.
        for (int i = 0; i < 4; i++) {
            UUID measured = UUID.randomUUID();
            SENT.add(Monitoring.wellbeing("ruwaard", measured, "T0", 3, "2025-03-1" + i));
            SENT.add(Monitoring.wellbeing("ruwaard", measured, "T1", 8, "2025-04-2" + i));
        }
        SENT.add(Monitoring.microAnalysis("ruwaard", caseA, "2025-06-01", 1_500_000, 400_000));
        // An existing case is judged against its current situation, not against doing nothing.
        SENT.add(Monitoring.microAnalysis("ruwaard", caseB, "2025-06-02", "EXISTING", 1_000_000, 2_000_000, 600_000));
        // The savings too are shown for five cases or more, existing and new each: four more of either kind.
        for (int i = 0; i < 4; i++) {
            SENT.add(Monitoring.microAnalysis("ruwaard", UUID.randomUUID(), "2025-06-0" + (3 + i), 1_500_000, 400_000));
            SENT.add(Monitoring.microAnalysis("ruwaard", UUID.randomUUID(), "2025-06-0" + (3 + i), "EXISTING", 1_000_000, 2_000_000, 600_000));
        }
        SENT.add(Monitoring.barrierReported("ruwaard", caseA, UUID.randomUUID(), "2025-03-10"));
        SENT.add(Monitoring.initiative("ruwaard", UUID.randomUUID(), "RUNNING", 12, 320));
        SENT.add(Monitoring.pulse("ruwaard", "2025-Q2", 40, "8.1", "9.2"));
        SENT.add(Monitoring.leersessie("ruwaard", "2025-05-14", 34, 4, 2));
        SENT.add(Monitoring.budgetSet("ruwaard", 2025, 200_000_000L));
        SENT.add(Monitoring.spending("ruwaard", 2025, 50_000_000L, "2025-06-30"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath r = kpis("ruwaard", PERIOD);
            assertThat(value(r, "open-cases")).isEqualByComparingTo("2");
            assertThat(value(r, "samenwerkwijze-share")).isEqualByComparingTo("50.0");
            assertThat(value(r, "days-to-first-mdo")).isEqualByComparingTo("4.0");
            assertThat(value(r, "organisations-per-mdo")).isEqualByComparingTo("3.0");
            assertThat(value(r, "agreements-on-time")).isEqualByComparingTo("100.0");
            assertThat(value(r, "triage-individual")).isEqualByComparingTo("50.0");
            assertThat(value(r, "triage-guided")).isEqualByComparingTo("50.0");
            assertThat(value(r, "triage-collective-direct")).isEqualByComparingTo("0.0");
            assertThat(value(r, "wellbeing-t0")).isEqualByComparingTo("3.0");
            assertThat(value(r, "wellbeing-t1")).isEqualByComparingTo("8.0");
            assertThat(value(r, "wellbeing-improving")).isEqualByComparingTo("100.0");
            assertThat(value(r, "societal-cost-savings")).isEqualByComparingTo("75000.00");
            assertThat(value(r, "societal-cost-savings-new")).isEqualByComparingTo("55000.00");
            assertThat(value(r, "societal-cost-savings-existing")).isEqualByComparingTo("20000.00");
            assertThat(value(r, "barriers-open")).isEqualByComparingTo("1");
            assertThat(value(r, "work-satisfaction")).isEqualByComparingTo("8.1");
            assertThat(value(r, "collaboration-rating")).isEqualByComparingTo("9.2");
            assertThat(value(r, "leersessie-attendance")).isEqualByComparingTo("40.0");
            assertThat(value(r, "budget-utilisation")).isEqualByComparingTo("25.0");
        });
        // The initiative-changed event carries no date: it counts from the day it happened (today).
        // Its own partition of the topic may be consumed after the others: wait for it like for them.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath now = kpis("ruwaard", String.valueOf(java.time.LocalDate.now().getYear()));
            assertThat(value(now, "active-initiatives")).isEqualByComparingTo("1");
            assertThat(value(now, "initiative-visitors")).isEqualByComparingTo("320");
        });

        // Ussen did not move at all.
        JsonPath ussen = kpis("ussen", PERIOD);
        for (String code : List.of("open-cases", "barriers-open")) {
            assertThat(value(ussen, code)).as(code).isEqualByComparingTo(BigDecimal.ZERO);
        }
        for (String code : List.of("wellbeing-t1", "societal-cost-savings", "work-satisfaction", "budget-utilisation", "leersessie-attendance")) {
            assertThat(value(ussen, code)).as(code).isNull();
        }
        assertThat(kpisJson("ussen", PERIOD)).isEqualTo(ussenBefore);
    }

    @Test
    @Order(2)
    void anEventOfUssenMovesUssenAndLeavesRuwaardAlone() {
        String ruwaardBefore = kpisJson("ruwaard", PERIOD);
        for (int i = 0; i < 5; i++) { // five cases: the least a wellbeing figure is shown for
            SENT.add(Monitoring.wellbeing("ussen", UUID.randomUUID(), "T1", 6, "2025-05-0" + (1 + i)));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(value("ussen", PERIOD, "wellbeing-t1")).isEqualByComparingTo("6.0"));
        assertThat(kpisJson("ruwaard", PERIOD)).isEqualTo(ruwaardBefore);
    }

    @Test
    @Order(3)
    void deliveringEveryEventASecondTimeChangesNothing() {
        String ruwaard = kpisJson("ruwaard", PERIOD);
        String ussen = kpisJson("ussen", PERIOD);
        double redelivered = metric("wijknetwerk_events_redelivered_total", "monitoring-service");
        SENT.forEach(e -> TestEvents.publish(topicOf(e), e));
        await().atMost(Duration.ofSeconds(30)).until(() -> metric("wijknetwerk_events_redelivered_total", "monitoring-service") >= redelivered + SENT.size());
        assertThat(kpisJson("ruwaard", PERIOD)).isEqualTo(ruwaard);
        assertThat(kpisJson("ussen", PERIOD)).isEqualTo(ussen);
    }

    @Test
    @Order(4)
    void aRebuildFromOffsetZeroReproducesTheValues() {
        String ruwaard = kpisJson("ruwaard", PERIOD);
        String ussen = kpisJson("ussen", PERIOD);
        String current = kpisJson("ruwaard", String.valueOf(java.time.LocalDate.now().getYear()));
        given().auth().oauth2(Monitoring.token("petra", "professional", "ruwaard")).post("/api/admin/kpis/rebuild")
                .then().statusCode(403);

        var rebuilt = Monitoring.rebuild();

        assertThat(rebuilt.getString("state")).isEqualTo("done");
        assertThat(rebuilt.getLong("events")).isGreaterThanOrEqualTo(SENT.size());
        assertThat(kpisJson("ruwaard", PERIOD)).isEqualTo(ruwaard);
        assertThat(kpisJson("ussen", PERIOD)).isEqualTo(ussen);
        assertThat(kpisJson("ruwaard", String.valueOf(java.time.LocalDate.now().getYear()))).isEqualTo(current);
    }

    @Test
    @Order(5)
    void freshnessFromEventTimeToIndicatorIsRecordedAsAHistogram() {
        String metrics = nl.wijknetwerk.monitoring.Monitoring.metrics();
        assertThat(metrics).contains("wijknetwerk_monitoring_freshness_seconds_bucket{")
                .contains("type=\"nl.wijknetwerk.case.wellbeing-measured.v1\"")
                // The promise is a second: the histogram has a bucket ending there.
                .contains("type=\"nl.wijknetwerk.case.wellbeing-measured.v1\",le=\"1.0\"");
        assertThat(metric("wijknetwerk_monitoring_freshness_seconds_count", "wellbeing-measured")).isGreaterThanOrEqualTo(3);
    }

    static String topicOf(ObjectNode envelope) {
        String type = envelope.path("type").asText();
        return type.contains(".case.") ? Topics.CASES : type.contains(".network.") ? Topics.NETWORK : Topics.BUDGET;
    }
}
