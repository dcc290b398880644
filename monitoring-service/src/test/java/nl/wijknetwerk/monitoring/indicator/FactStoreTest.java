package nl.wijknetwerk.monitoring.indicator;

import static nl.wijknetwerk.monitoring.Monitoring.caseOpened;
import static nl.wijknetwerk.monitoring.Monitoring.triageRouteChanged;
import static nl.wijknetwerk.monitoring.Monitoring.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.wijknetwerk.monitoring.Monitoring;
import nl.wijknetwerk.monitoring.facts.FactVersions;
import nl.wijknetwerk.shared.ward.WardWork;

/**
 * A ward's facts are held in memory and read again only where they changed: what the indicators get is still every
 * fact as the database has it (new rows, changed rows, nothing of another ward, nothing after a wipe).
 */
@QuarkusTest
class FactStoreTest {

    @Inject
    FactStore store;

    @Inject
    FactVersions versions;

    @Inject
    EntityManager em;

    @Inject
    WardWork wardWork;

    @Test
    void readingAgainAddsTheNewRowsAndTheChangedOnesAndNothingOfAnotherWard() {
        Monitoring.wards("heesch", "berghem");
        UUID first = UUID.randomUUID();
        caseOpened("heesch", first, "2016-03-01", "INDIVIDUAL_AT_HOME");
        await().atMost(Duration.ofSeconds(30)).until(() -> routes("heesch").containsKey(first));
        WardFacts held = load("heesch");
        assertThat(load("heesch")).as("nothing changed: the same facts, nothing read again").isSameAs(held);

        UUID second = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        caseOpened("berghem", elsewhere, "2016-03-02", "INDIVIDUAL_AT_HOME");
        caseOpened("heesch", second, "2016-03-03", "GUIDED_TO_COLLECTIVE");
        triageRouteChanged("heesch", first, "INDIVIDUAL_AT_HOME", "COLLECTIVE_DIRECT", "2016-03-04");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(routes("heesch"))
                .isEqualTo(Map.of(first, "COLLECTIVE_DIRECT", second, "GUIDED_TO_COLLECTIVE")));
        assertThat(routes("berghem")).containsOnlyKeys(elsewhere);
        assertThat(value("heesch", "2016", "open-cases")).isEqualByComparingTo("2");
    }

    @Test
    void afterTheFactsAreWipedNoneHeldBeforeIsShown() {
        Monitoring.wards("vinkel");
        UUID id = UUID.randomUUID();
        caseOpened("vinkel", id, "2016-05-01", "INDIVIDUAL_AT_HOME");
        await().atMost(Duration.ofSeconds(30)).until(() -> routes("vinkel").containsKey(id));

        // What a rebuild does before it replays the topics, for this ward's cases only.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from case_fact where ward = 'vinkel'").executeUpdate(); // native: no tenant needed
            versions.allChanging();
        });
        assertThat(load("vinkel").cases()).isEmpty();
    }

    /** As a KPI request of the ward reads them. */
    private WardFacts load(String ward) {
        return wardWork.inWard(ward, () -> store.load(ward));
    }

    private Map<UUID, String> routes(String ward) {
        return load(ward).cases().stream().collect(Collectors.toMap(c -> c.caseId, c -> c.triageRoute));
    }
}
