package nl.wijknetwerk.budget.partner;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.wijknetwerk.budget.allocation.AllocationApi.AllocationView;
import nl.wijknetwerk.budget.commitment.CommitmentApi.CommitmentView;
import nl.wijknetwerk.budget.spending.SpendingApi.SpendingRequest;

/** Request and response bodies of the partner budget API: always the caller's own organisation. */
public final class PartnerBudgetApi {

    private PartnerBudgetApi() {
    }

    @Schema(name = "PartnerDeclaration", examples = """
            {"reference": "PAN-2027-000123", "amountCents": 125000, "spentOn": "2027-03-14",
             "description": "Ambulante begeleiding maart"}""")
    public record Declaration(
            @Schema(description = "Your own unique reference: sending it again answers the declaration recorded first")
            @NotBlank @Size(max = 100) String reference,
            @NotNull @Positive Long amountCents,
            @NotNull LocalDate spentOn,
            @Size(max = 500) String description,
            @Schema(description = "When the amount exceeds what is left of your allocation: wait for the controller's approval instead of being refused")
            Boolean requestApproval) {

        SpendingRequest asSpending(String organisation) {
            return new SpendingRequest(nl.wijknetwerk.budget.allocation.Category.PROVIDER, organisation, amountCents, spentOn,
                    reference, description, requestApproval);
        }
    }

    /** The organisation's line of the year: its allocation (with the lump-sum part), what it spent, its commitments. */
    public record PartnerBudget(int year, String organisationId, AllocationView allocation, long spentCents,
            long remainingCents, long committedCents, List<CommitmentView> commitments) {
    }
}
