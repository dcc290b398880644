package nl.wijknetwerk.shared.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import nl.wijknetwerk.shared.WijknetwerkConfig;

/** The outbox writes the tree it validated: the same text as the envelope serialised directly. */
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

    private static WijknetwerkConfig config(String source) {
        WijknetwerkConfig.Events eventsConfig = (WijknetwerkConfig.Events) Proxy.newProxyInstance(EventFactoryTest.class.getClassLoader(),
                new Class<?>[] { WijknetwerkConfig.Events.class }, (proxy, method, args) -> method.getName().equals("source") ? source : null);
        return (WijknetwerkConfig) Proxy.newProxyInstance(EventFactoryTest.class.getClassLoader(), new Class<?>[] { WijknetwerkConfig.class },
                (proxy, method, args) -> method.getName().equals("events") ? eventsConfig : null);
    }
}
