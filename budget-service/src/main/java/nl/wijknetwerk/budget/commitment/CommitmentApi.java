package nl.wijknetwerk.budget.commitment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import nl.wijknetwerk.budget.allocation.Category;

/** Response bodies and event payloads of commitments. */
public final class CommitmentApi {

    private CommitmentApi() {
    }

    public record CommitmentView(UUID id, int year, UUID caseId, UUID agreementId, int planVersion, String providerId,
            Category category, String kind, long amountCents, BigDecimal hoursPerYear, Long hourlyRateCents,
            Commitment.Status status, Commitment.ReleaseReason releaseReason, Instant createdAt, Instant releasedAt) {

        public static CommitmentView of(Commitment c) {
            return new CommitmentView(c.id, c.year, c.caseId, c.agreementId, c.planVersion, c.providerId, c.category,
                    c.kind, c.amountCents, c.hoursPerYear, c.hourlyRateCents, c.status, c.releaseReason, c.createdAt,
                    c.releasedAt);
        }
    }

    /** Payload of budget.commitment-created. */
    public record CommitmentCreated(UUID commitmentId, int year, UUID caseId, UUID agreementId, String providerId,
            Category category, long amountCents) {
    }

    /** Payload of budget.commitment-released. */
    public record CommitmentReleased(UUID commitmentId, int year, long amountCents, Commitment.ReleaseReason reason) {
    }
}
