package nl.wijknetwerk.shared.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import nl.wijknetwerk.shared.WijknetwerkConfig;

/** The outbox writes the tree it validated, and a consumer reads back exactly what was written. */
class EventFactoryTest {

    @Test
    void theValidatedTreeIsWrittenAsTheSameTextAsTheEnvelope() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        EventFactory events = new EventFactory(mapper, config("/wijknetwerk/case-service"));
        EventEnvelope envelope = events.envelope(EventTypes.CASE_OPENED, "ruwaard", "c-1", Map.of("caseId",
                "6f1c2a0e-0000-4000-8000-000000000001", "kind", "INDIVIDUAL", "openedOn", "2026-01-01", "amount", new java.math.BigDecimal("12.50")));

        assertThat(events.toJson(events.tree(envelope))).isEqualTo(events.toJson(envelope));
    }

    @Test
    void aConsumerReadsBackEveryFieldOfTheEnvelopeAsWritten() {
        EventFactory events = new EventFactory(mapper(), config("/wijknetwerk/case-service"));
        EventEnvelope written = events.envelope(EventTypes.CASE_OPENED, "ruwaard", CASE, caseOpened(CASE));

        EventEnvelope read = events.read(events.toJson(written));

        assertThat(read).isEqualTo(written);
    }

    @Test
    void theDataOfATypeTheConsumerPassesOverIsNotCheckedButTheEnvelopeAndTheTypeAre() {
        EventFactory events = new EventFactory(mapper(), config("/wijknetwerk/case-service"));
        Map<String, Object> offContract = Map.of("caseId", "not-a-uuid");
        String json = events.toJson(events.envelope(EventTypes.CASE_OPENED, "ruwaard", CASE, offContract));

        assertThatThrownBy(() -> events.read(json)).isInstanceOf(EventFactory.PoisonMessageException.class).hasMessageContaining("required property");
        assertThat(events.read(json, type -> false).type()).isEqualTo(EventTypes.CASE_OPENED);

        String unknownType = json.replace(EventTypes.CASE_OPENED, "nl.wijknetwerk.case.case-invented.v1");
        assertThatThrownBy(() -> events.read(unknownType, type -> false)).isInstanceOf(EventFactory.PoisonMessageException.class)
                .hasMessageContaining("unknown event type");
        String noWard = json.replace("\"wardid\":\"ruwaard\",", "");
        assertThatThrownBy(() -> events.read(noWard, type -> false)).isInstanceOf(EventFactory.PoisonMessageException.class)
                .hasMessageContaining("wardid");
        assertThatThrownBy(() -> events.read("[1, 2]", type -> false)).isInstanceOf(EventFactory.PoisonMessageException.class);
    }

    private static final String CASE = "6f1c2a0e-0000-4000-8000-000000000001";

    private static Map<String, Object> caseOpened(String caseId) {
        return Map.of("caseId", caseId, "kind", "INDIVIDUAL", "startedBy", "PROFESSIONAL", "lifeDomains", java.util.List.of("DAYTIME_ACTIVITY"),
                "triageRoute", "COLLECTIVE_DIRECT", "openedOn", "2026-01-01");
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    private static WijknetwerkConfig config(String source) {
        WijknetwerkConfig.Events eventsConfig = (WijknetwerkConfig.Events) Proxy.newProxyInstance(EventFactoryTest.class.getClassLoader(),
                new Class<?>[] { WijknetwerkConfig.Events.class }, (proxy, method, args) -> method.getName().equals("source") ? source : null);
        return (WijknetwerkConfig) Proxy.newProxyInstance(EventFactoryTest.class.getClassLoader(), new Class<?>[] { WijknetwerkConfig.class },
                (proxy, method, args) -> method.getName().equals("events") ? eventsConfig : null);
    }
}
