package nl.wijknetwerk.network.webhook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.wijknetwerk.shared.event.EventEnvelope;
import nl.wijknetwerk.shared.event.EventTypes;

/**
 * The partner event catalogue: which platform events concern which organisation, and what its own system gets
 * to see of them. Only pseudonymous ids, dates and the organisation's own part (never a resident, never another
 * organisation's agreements); the text of an agreement stays behind the partner API, where reading it is logged.
 */
public final class PartnerEvents {

    public static final String MDO_INVITED = "mdo.invited";
    public static final String PLAN_AGREED = "plan.agreed";
    public static final String AGREEMENT_COMPLETED = "agreement.completed";
    public static final String AGREEMENT_DROPPED = "agreement.dropped";
    public static final String SPENDING_RECORDED = "spending.recorded";
    public static final String SPENDING_APPROVED = "spending.approved";
    public static final String SPENDING_REJECTED = "spending.rejected";

    public static final List<String> TYPES = List.of(MDO_INVITED, PLAN_AGREED, AGREEMENT_COMPLETED, AGREEMENT_DROPPED,
            SPENDING_RECORDED, SPENDING_APPROVED, SPENDING_REJECTED);

    /** One event for one organisation: its partner type and the data its system may see. */
    public record PartnerEvent(String organisation, String type, ObjectNode data) {
    }

    /**
     * The platform event types that concern organisations, each with what it becomes for them. The consumers act on
     * exactly these keys ({@link #SOURCE_TYPES}); every other type concerns no organisation.
     */
    private static final Map<String, Function<EventEnvelope, List<PartnerEvent>>> CONVERSIONS = Map.of(
            EventTypes.MDO_PLANNED, PartnerEvents::mdoInvited,
            EventTypes.PLAN_AGREED, PartnerEvents::planAgreed,
            EventTypes.AGREEMENT_COMPLETED, PartnerEvents::agreementEnded,
            EventTypes.AGREEMENT_DROPPED, PartnerEvents::agreementEnded,
            EventTypes.SPENDING_RECORDED, PartnerEvents::spending,
            EventTypes.SPENDING_REJECTED, PartnerEvents::spending);

    /** The platform event types {@link #of} turns into partner events. */
    public static final Set<String> SOURCE_TYPES = CONVERSIONS.keySet();

    private PartnerEvents() {
    }

    public static List<PartnerEvent> of(EventEnvelope event) {
        Function<EventEnvelope, List<PartnerEvent>> conversion = CONVERSIONS.get(event.type());
        return conversion == null ? List.of() : conversion.apply(event);
    }

    private static List<PartnerEvent> mdoInvited(EventEnvelope event) {
        JsonNode d = event.data();
        List<PartnerEvent> out = new ArrayList<>();
        for (JsonNode org : d.path("organisations")) {
            out.add(new PartnerEvent(org.asText(), MDO_INVITED, base(event).put("caseId", d.path("caseId").asText())
                    .put("mdoId", d.path("mdoId").asText()).put("plannedAt", d.path("plannedAt").asText())
                    .put("atHome", d.path("atHome").asBoolean())));
        }
        return out;
    }

    private static List<PartnerEvent> planAgreed(EventEnvelope event) {
        JsonNode d = event.data();
        Set<String> organisations = new LinkedHashSet<>();
        d.path("agreements").forEach(a -> {
            if (a.hasNonNull("organisationId")) {
                organisations.add(a.path("organisationId").asText());
            }
        });
        List<PartnerEvent> out = new ArrayList<>();
        for (String org : organisations) {
            ObjectNode data = base(event).put("caseId", d.path("caseId").asText())
                    .put("planVersion", d.path("planVersion").asInt()).put("agreedOn", d.path("agreedOn").asText());
            var own = data.putArray("agreements");
            d.path("agreements").forEach(a -> {
                if (org.equals(a.path("organisationId").asText())) {
                    ObjectNode item = own.addObject().put("agreementId", a.path("agreementId").asText());
                    copy(a, item, "professionalId", "dueOn");
                    if (a.has("provision")) {
                        item.set("provision", a.get("provision").deepCopy());
                    }
                }
            });
            out.add(new PartnerEvent(org, PLAN_AGREED, data));
        }
        return out;
    }

    /** A completed or dropped agreement, for the organisation that was to carry it out. */
    private static List<PartnerEvent> agreementEnded(EventEnvelope event) {
        JsonNode d = event.data();
        if (!d.hasNonNull("organisationId")) {
            return List.of();
        }
        boolean done = event.type().equals(EventTypes.AGREEMENT_COMPLETED);
        ObjectNode data = base(event).put("caseId", d.path("caseId").asText()).put("agreementId", d.path("agreementId").asText());
        copy(d, data, done ? "completedOn" : "droppedOn", "onTime");
        return List.of(new PartnerEvent(d.path("organisationId").asText(), done ? AGREEMENT_COMPLETED : AGREEMENT_DROPPED, data));
    }

    /** A spending recorded (approved or not) or rejected, for its provider. */
    private static List<PartnerEvent> spending(EventEnvelope event) {
        JsonNode d = event.data();
        if (!d.hasNonNull("providerId")) {
            return List.of();
        }
        String type = event.type().equals(EventTypes.SPENDING_REJECTED) ? SPENDING_REJECTED
                : d.path("approved").asBoolean(false) ? SPENDING_APPROVED : SPENDING_RECORDED;
        ObjectNode data = base(event).put("spendingId", d.path("spendingId").asText());
        copy(d, data, "externalReference", "year", "category", "amountCents", "spentOn");
        return List.of(new PartnerEvent(d.path("providerId").asText(), type, data));
    }

    private static ObjectNode base(EventEnvelope event) {
        return JsonNodeFactory.instance.objectNode().put("ward", event.wardid());
    }

    private static void copy(JsonNode from, ObjectNode to, String... fields) {
        for (String f : fields) {
            if (from.hasNonNull(f)) {
                to.set(f, from.get(f).deepCopy());
            }
        }
    }
}
