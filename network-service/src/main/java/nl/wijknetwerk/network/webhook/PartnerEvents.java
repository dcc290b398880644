package nl.wijknetwerk.network.webhook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

    /** The platform event types {@link #of} turns into partner events; every other type concerns no organisation. */
    public static final Set<String> SOURCE_TYPES = Set.of(EventTypes.MDO_PLANNED, EventTypes.PLAN_AGREED,
            EventTypes.AGREEMENT_COMPLETED, EventTypes.AGREEMENT_DROPPED, EventTypes.SPENDING_RECORDED, EventTypes.SPENDING_REJECTED);

    /** One event for one organisation: its partner type and the data its system may see. */
    public record PartnerEvent(String organisation, String type, ObjectNode data) {
    }

    private PartnerEvents() {
    }

    public static List<PartnerEvent> of(EventEnvelope event) {
        JsonNode d = event.data();
        List<PartnerEvent> out = new ArrayList<>();
        switch (event.type()) {
            case EventTypes.MDO_PLANNED -> {
                for (JsonNode org : d.path("organisations")) {
                    out.add(new PartnerEvent(org.asText(), MDO_INVITED, base(event).put("caseId", d.path("caseId").asText())
                            .put("mdoId", d.path("mdoId").asText()).put("plannedAt", d.path("plannedAt").asText())
                            .put("atHome", d.path("atHome").asBoolean())));
                }
            }
            case EventTypes.PLAN_AGREED -> {
                Set<String> organisations = new LinkedHashSet<>();
                d.path("agreements").forEach(a -> {
                    if (a.hasNonNull("organisationId")) {
                        organisations.add(a.path("organisationId").asText());
                    }
                });
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
            }
            case EventTypes.AGREEMENT_COMPLETED, EventTypes.AGREEMENT_DROPPED -> {
                if (d.hasNonNull("organisationId")) {
                    boolean done = event.type().equals(EventTypes.AGREEMENT_COMPLETED);
                    ObjectNode data = base(event).put("caseId", d.path("caseId").asText())
                            .put("agreementId", d.path("agreementId").asText());
                    copy(d, data, done ? "completedOn" : "droppedOn", "onTime");
                    out.add(new PartnerEvent(d.path("organisationId").asText(), done ? AGREEMENT_COMPLETED : AGREEMENT_DROPPED, data));
                }
            }
            case EventTypes.SPENDING_RECORDED, EventTypes.SPENDING_REJECTED -> {
                if (d.hasNonNull("providerId")) {
                    String type = event.type().equals(EventTypes.SPENDING_REJECTED) ? SPENDING_REJECTED
                            : d.path("approved").asBoolean(false) ? SPENDING_APPROVED : SPENDING_RECORDED;
                    ObjectNode data = base(event).put("spendingId", d.path("spendingId").asText());
                    copy(d, data, "externalReference", "year", "category", "amountCents", "spentOn");
                    out.add(new PartnerEvent(d.path("providerId").asText(), type, data));
                }
            }
            default -> {
                // nothing else is about one organisation (keep SOURCE_TYPES in step with the cases above)
            }
        }
        return out;
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
