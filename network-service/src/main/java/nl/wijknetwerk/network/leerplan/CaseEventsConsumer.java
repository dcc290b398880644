package nl.wijknetwerk.network.leerplan;

import static nl.wijknetwerk.shared.event.Payload.date;
import static nl.wijknetwerk.shared.event.Payload.uuid;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

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

    public CaseEventsConsumer(EventConsumer consumer, LeerplanService leerplan) {
        this.consumer = consumer;
        this.leerplan = leerplan;
    }

    @Incoming("case-events")
    @Blocking
    public CompletionStage<Void> onEvent(KafkaRecordBatch<String, String> poll) {
        return consumer.consumeBatch("network-service.case-events", poll, ACTS_ON, this::apply);
    }

    /** The types {@link #apply} acts on (keep in step with its cases); every other case event passes without a transaction. */
    static final Set<String> ACTS_ON = Set.of(EventTypes.MDO_HELD, EventTypes.MICRO_ANALYSIS_COMPLETED, EventTypes.WELLBEING_MEASURED);

    void apply(EventEnvelope event) {
        JsonNode data = event.data();
        String ward = event.wardid();
        switch (event.type()) {
            case EventTypes.MDO_HELD -> {
                UUID caseId = uuid(data, "caseId");
                String organiser = data.path("organiserId").asText();
                Set<String> atTheTable = new LinkedHashSet<>();
                atTheTable.add(organiser);
                data.path("professionals").forEach(p -> atTheTable.add(p.asText()));
                if (data.hasNonNull("supportedBy")) {
                    atTheTable.add(data.path("supportedBy").asText());
                }
                leerplan.involved(ward, caseId, atTheTable);
                leerplan.credit(ward, organiser, LeerplanStep.ORGANISE_MDO, "mdo:" + data.path("mdoId").asText(), date(data, "heldOn"));
            }
            case EventTypes.MICRO_ANALYSIS_COMPLETED -> {
                if (data.hasNonNull("computedBy")) {
                    leerplan.credit(ward, data.path("computedBy").asText(), LeerplanStep.COMPUTE_MICRO_ANALYSIS,
                            "analysis:" + data.path("analysisId").asText(), date(data, "completedOn"));
                }
            }
            case EventTypes.WELLBEING_MEASURED -> {
                if (PositiveFeedback.counts(data.path("moment").asText(), data.path("score").asInt())) {
                    UUID caseId = uuid(data, "caseId");
                    Set<String> workedOnIt = new LinkedHashSet<>(leerplan.involvedIn(ward, caseId));
                    data.path("professionals").forEach(p -> workedOnIt.add(p.asText()));
                    leerplan.creditAll(ward, workedOnIt, LeerplanStep.POSITIVE_FEEDBACK,
                            "wellbeing:" + caseId + ":" + data.path("moment").asText(), date(data, "measuredOn"));
                }
            }
            default -> {
                // other case events do not touch the network
            }
        }
    }
}
