package nl.wijknetwerk.budget.spending;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.wijknetwerk.budget.allocation.Category;

/** Request and response bodies of the spending API. */
public final class SpendingApi {

    private SpendingApi() {
    }

    @Schema(name = "SpendingRequest", examples = """
            {"category": "PROVIDER", "providerId": "pantein", "amountCents": 125000, "spentOn": "2018-03-14",
             "externalReference": "PAN-2018-000123", "description": "Ambulante begeleiding maart"}""")
    public record SpendingRequest(
            @NotNull Category category,
            @Pattern(regexp = "^[a-z0-9][a-z0-9-]{0,62}$") String providerId,
            @NotNull @Positive Long amountCents,
            @NotNull LocalDate spentOn,
            @NotBlank @Size(max = 100) String externalReference,
            @Size(max = 500) String description,
            @Schema(description = "When the amount exceeds what is left of the allocation: wait for the controller's approval instead of being refused")
            Boolean requestApproval) {
    }

    public record SpendingView(UUID id, int year, Category category, String providerId, long amountCents, LocalDate spentOn,
            String externalReference, String description, Spending.Status status, String recordedBy, String decidedBy,
            Instant decidedAt, Instant createdAt) {

        public static SpendingView of(Spending s) {
            return new SpendingView(s.id, s.year, s.category, s.providerId, s.amountCents, s.spentOn, s.externalReference,
                    s.description, s.status, s.recordedBy, s.decidedBy, s.decidedAt, s.createdAt);
        }
    }

    public record ImportResult(int rows, int recorded, int pendingApproval, int alreadyKnown, List<SpendingView> spending) {
    }

    /** Payload of budget.spending-recorded. */
    public record SpendingRecorded(UUID spendingId, int year, Category category, String providerId, long amountCents,
            LocalDate spentOn, Boolean approved, String externalReference) {
    }

    /** Payload of budget.spending-rejected. */
    public record SpendingRejected(UUID spendingId, int year, Category category, String providerId, long amountCents,
            LocalDate spentOn, String externalReference) {
    }

    /** Payload of budget.threshold-passed. */
    public record ThresholdPassed(int year, Category category, java.math.BigDecimal utilisationPercent, int thresholdPercent) {
    }
}
