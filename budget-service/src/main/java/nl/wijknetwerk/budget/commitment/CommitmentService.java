package nl.wijknetwerk.budget.commitment;

import static nl.wijknetwerk.shared.event.Payload.uuid;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import nl.wijknetwerk.budget.allocation.Category;
import nl.wijknetwerk.budget.commitment.CommitmentApi.CommitmentCreated;
import nl.wijknetwerk.budget.commitment.CommitmentApi.CommitmentReleased;
import nl.wijknetwerk.shared.event.EventEnvelope;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;

/**
 * Turns case-service's plan events into commitments against the ward budget. Runs inside the consumer's
 * transaction, so a redelivered event (already in the inbox) does nothing, and the unique agreement id holds even
 * if a plan is agreed again in a later version.
 */
@ApplicationScoped
public class CommitmentService {

    private final Outbox outbox;
    /**
     * What {@link #apply} does per case event type. The types it acts on are these keys ({@link #actsOn}), so the
     * consumer cannot pass over a type that is handled here; every other type does not touch the budget.
     */
    private final Map<String, Consumer<EventEnvelope>> handlers;

    public CommitmentService(Outbox outbox) {
        this.outbox = outbox;
        this.handlers = Map.of(
                EventTypes.PLAN_AGREED, event -> planAgreed(event.wardid(), event.data()),
                EventTypes.AGREEMENT_DROPPED, event -> releaseAgreement(event, Commitment.ReleaseReason.AGREEMENT_DROPPED),
                EventTypes.AGREEMENT_COMPLETED, event -> releaseAgreement(event, Commitment.ReleaseReason.AGREEMENT_COMPLETED),
                EventTypes.CASE_CLOSED, event -> Commitment.activeOfCase(uuid(event.data(), "caseId"))
                        .forEach(c -> release(event.wardid(), c, Commitment.ReleaseReason.CASE_CLOSED)));
    }

    /** The case event types {@link #apply} acts on; the others pass without a transaction. */
    public Set<String> actsOn() {
        return handlers.keySet();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        Consumer<EventEnvelope> handler = handlers.get(event.type());
        if (handler != null) {
            handler.accept(event);
        }
    }

    private void releaseAgreement(EventEnvelope event, Commitment.ReleaseReason reason) {
        Commitment.byAgreement(uuid(event.data(), "agreementId")).ifPresent(c -> release(event.wardid(), c, reason));
    }

    /**
     * Each agreement with a funded provision becomes a commitment in the year the plan was agreed. A later plan
     * version that changes the provision updates the active commitment (and announces it again under the same
     * commitment id); a released commitment stays released.
     */
    private void planAgreed(String ward, JsonNode plan) {
        UUID caseId = uuid(plan, "caseId");
        int planVersion = plan.path("planVersion").asInt();
        int year = LocalDate.parse(plan.path("agreedOn").asText()).getYear();
        for (JsonNode agreement : plan.path("agreements")) {
            JsonNode provision = agreement.path("provision");
            if (provision.isMissingNode()) {
                continue;
            }
            Long amount = provision.hasNonNull("amountCentsPerYear") ? provision.path("amountCentsPerYear").asLong() : null;
            BigDecimal hours = provision.hasNonNull("hoursPerYear") ? provision.path("hoursPerYear").decimalValue() : null;
            Long rate = provision.hasNonNull("hourlyRateCents") ? provision.path("hourlyRateCents").asLong() : null;
            OptionalLong cost = ProvisionCost.perYear(amount, hours, rate);
            if (cost.isEmpty()) {
                continue;
            }
            UUID agreementId = uuid(agreement, "agreementId");
            Commitment c = Commitment.byAgreement(agreementId).orElse(null);
            if (c != null && (c.status == Commitment.Status.RELEASED || c.planVersion >= planVersion)) {
                continue;
            }
            if (c == null) {
                c = new Commitment();
                c.id = UUID.randomUUID();
                c.caseId = caseId;
                c.agreementId = agreementId;
                c.status = Commitment.Status.ACTIVE;
                c.createdAt = Instant.now();
            }
            c.year = year;
            c.planVersion = planVersion;
            c.providerId = provision.hasNonNull("providerId") ? provision.path("providerId").asText() : null;
            c.category = Category.valueOf(provision.path("category").asText());
            c.kind = provision.hasNonNull("kind") ? provision.path("kind").asText() : null;
            c.amountCents = cost.getAsLong();
            c.hoursPerYear = hours;
            c.hourlyRateCents = rate;
            if (!c.isPersistent()) {
                c.persist();
            }
            outbox.publish(EventTypes.COMMITMENT_CREATED, ward, c.id.toString(), new CommitmentCreated(c.id, c.year,
                    c.caseId, c.agreementId, c.providerId, c.category, c.amountCents));
        }
    }

    private void release(String ward, Commitment c, Commitment.ReleaseReason reason) {
        if (c.status == Commitment.Status.RELEASED) {
            return;
        }
        c.status = Commitment.Status.RELEASED;
        c.releaseReason = reason;
        c.releasedAt = Instant.now();
        outbox.publish(EventTypes.COMMITMENT_RELEASED, ward, c.id.toString(),
                new CommitmentReleased(c.id, c.year, c.amountCents, reason));
    }
}
