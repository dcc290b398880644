package nl.wijknetwerk.budget.allocation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the allocation (verdeling) API. */
public final class AllocationApi {

    private AllocationApi() {
    }

    @Schema(name = "AllocationRequest", examples = """
            {"category": "PROVIDER", "providerId": "ons-welzijn", "amountCents": 31000000, "lumpSumPercent": 50}""")
    public record AllocationRequest(
            @NotNull Category category,
            @Pattern(regexp = "^[a-z0-9][a-z0-9-]{0,62}$") String providerId,
            @NotNull @PositiveOrZero Long amountCents,
            @Min(0) @Max(100) Integer lumpSumPercent) {
    }

    public record AllocationView(Category category, String providerId, long amountCents, int lumpSumPercent,
            long lumpSumCents, long pxqCents, String updatedBy, Instant updatedAt) {

        public static AllocationView of(Allocation a) {
            return new AllocationView(a.category, a.provider(), a.amountCents, a.lumpSumPercent, a.lumpSumCents,
                    a.amountCents - a.lumpSumCents, a.updatedBy, a.updatedAt);
        }
    }

    public record AllocationChange(AllocationView allocation, long budgetCents, long totalAllocatedCents, long unallocatedCents) {
    }

    public record ProviderView(String organisationId, String name, Provider.Participation participation, LocalDate since,
            LocalDate until) {

        static ProviderView of(Provider p) {
            return new ProviderView(p.organisationId, p.name, p.participation, p.since, p.until);
        }
    }

    /** Payload of budget.allocation-changed. */
    public record AllocationChanged(int year, Category category, String providerId, long amountCents, long totalAllocatedCents) {
    }
}
