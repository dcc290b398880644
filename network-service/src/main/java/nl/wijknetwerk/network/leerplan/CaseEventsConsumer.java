package nl.wijknetwerk.network.leerplan;

import static nl.wijknetwerk.shared.event.Payload.date;
import static nl.wijknetwerk.shared.event.Payload.uuid;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import nl.wijknetwerk.shared.event.EventEnvelope;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.messaging.EventConsumer;

/**
 * Advances leerplannen from what happens in cases: an MDO organised, a micro-analysis computed, and a resident's
 * wellbeing score above 6 after help (T1/T2) on a case the professional worked on (positive feedback, see
 * {@link PositiveFeedback}).
 */
@ApplicationScoped
public class CaseEventsConsumer {

    private final EventConsumer consumer;
    private final LeerplanService leerplan;
    /**
     * What this consumer does per case event type. The types it acts on are these keys, so it cannot pass over a type
     * that is handled here; every other case event does not touch the network and passes without a transaction.
     */
    private final Map<String, Consumer<EventEnvelope>> handlers;

    public CaseEventsConsumer(EventConsumer consumer, LeerplanService leerplan) {
        this.consumer = consumer;
        this.leerplan = leerplan;
        this.handlers = Map.of(EventTypes.MDO_HELD, this::mdoHeld, EventTypes.MICRO_ANALYSIS_COMPLETED, this::microAnalysisCompleted,
                EventTypes.WELLBEING_MEASURED, this::wellbeingMeasured);
    }

    @Incoming("case-events")
    @Blocking
    public CompletionStage<Void> onEvent(KafkaRecordBatch<String, String> poll) {
        return consumer.consumeBatch("network-service.case-events", poll, actsOn(), this::apply);
    }

    /** The case event types this consumer acts on. */
    Set<String> actsOn() {
        return handlers.keySet();
    }

    void apply(EventEnvelope event) {
        Consumer<EventEnvelope> handler = handlers.get(event.type());
        if (handler != null) {
            handler.accept(event);
        }
    }

    private void mdoHeld(EventEnvelope event) {
        JsonNode data = event.data();
        UUID caseId = uuid(data, "caseId");
        String organiser = data.path("organiserId").asText();
        Set<String> atTheTable = new LinkedHashSet<>();
        atTheTable.add(organiser);
        data.path("professionals").forEach(p -> atTheTable.add(p.asText()));
        if (data.hasNonNull("supportedBy")) {
            atTheTable.add(data.path("supportedBy").asText());
        }
        leerplan.involved(event.wardid(), caseId, atTheTable);
        leerplan.credit(event.wardid(), organiser, LeerplanStep.ORGANISE_MDO, "mdo:" + data.path("mdoId").asText(), date(data, "heldOn"));
    }

    private void microAnalysisCompleted(EventEnvelope event) {
        JsonNode data = event.data();
        if (data.hasNonNull("computedBy")) {
            leerplan.credit(event.wardid(), data.path("computedBy").asText(), LeerplanStep.COMPUTE_MICRO_ANALYSIS,
                    "analysis:" + data.path("analysisId").asText(), date(data, "completedOn"));
        }
    }

    private void wellbeingMeasured(EventEnvelope event) {
        JsonNode data = event.data();
        if (PositiveFeedback.counts(data.path("moment").asText(), data.path("score").asInt())) {
            UUID caseId = uuid(data, "caseId");
            Set<String> workedOnIt = new LinkedHashSet<>(leerplan.involvedIn(event.wardid(), caseId));
            data.path("professionals").forEach(p -> workedOnIt.add(p.asText()));
            leerplan.creditAll(event.wardid(), workedOnIt, LeerplanStep.POSITIVE_FEEDBACK,
                    "wellbeing:" + caseId + ":" + data.path("moment").asText(), date(data, "measuredOn"));
        }
    }
}
