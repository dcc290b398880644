package nl.wijknetwerk.monitoring.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.wijknetwerk.monitoring.Monitoring;
import nl.wijknetwerk.monitoring.indicator.FactStore;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.ward.WardWork;
import nl.wijknetwerk.testing.TestEvents;

/**
 * A poll's facts are read ahead in one query per kind: events that name a case the poll itself opens, a case known
 * from an earlier poll, or a case nobody knows are applied as they were when each looked its case up alone.
 */
@QuarkusTest
class PrefetchedFactsTest {

    private static final String WARD = "nistelrode";

    @Inject
    FactConsumption consumption;

    @Inject
    FactStore store;

    @Inject
    WardWork wardWork;

    @Test
    void eventsOfNewKnownAndUnknownCasesInOnePollAreAppliedInOrder() {
        Monitoring.wards(WARD);
        UUID known = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        assertThat(replay(opened(known, "2016-02-01"))).isEmpty();

        assertThat(replay(
                event(EventTypes.TRIAGE_ROUTE_CHANGED, known, """
                        {"caseId": "%s", "from": "INDIVIDUAL_AT_HOME", "to": "COLLECTIVE_DIRECT", "changedOn": "2016-02-03"}""".formatted(known)),
                opened(fresh, "2016-02-04"),
                event(EventTypes.CASE_CLOSED, fresh, """
                        {"caseId": "%s", "closedOn": "2016-02-05", "reason": "GOALS_REACHED"}""".formatted(fresh)),
                event(EventTypes.CASE_CLOSED, unknown, """
                        {"caseId": "%s", "closedOn": "2016-02-06", "reason": "GOALS_REACHED"}""".formatted(unknown)),
                opened(fresh, "2016-02-04"))).isEmpty();

        Map<UUID, CaseFact> cases = cases();
        assertThat(cases).containsOnlyKeys(known, fresh);
        assertThat(cases.get(known).triageRoute).isEqualTo("COLLECTIVE_DIRECT");
        assertThat(cases.get(fresh).openedOn).isEqualTo(LocalDate.parse("2016-02-04"));
        assertThat(cases.get(fresh).closedOn).isEqualTo(LocalDate.parse("2016-02-05"));
    }

    private Map<Integer, RuntimeException> replay(String... messages) {
        return consumption.replay("prefetch-test-" + UUID.randomUUID(), List.of(messages));
    }

    private static String opened(UUID caseId, String on) {
        return event(EventTypes.CASE_OPENED, caseId, """
                {"caseId": "%s", "kind": "INDIVIDUAL", "startedBy": "PROFESSIONAL", "lifeDomains": ["DAYTIME_ACTIVITY"],
                 "triageRoute": "INDIVIDUAL_AT_HOME", "openedOn": "%s"}""".formatted(caseId, on));
    }

    private static String event(String type, UUID caseId, String data) {
        return TestEvents.envelope(type, WARD, caseId.toString(), data).toString();
    }

    private Map<UUID, CaseFact> cases() {
        return wardWork.inWard(WARD, () -> store.load(WARD)).cases().stream()
                .collect(Collectors.toMap(c -> c.caseId, Function.identity()));
    }
}
