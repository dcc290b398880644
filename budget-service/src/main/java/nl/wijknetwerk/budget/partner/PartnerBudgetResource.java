package nl.wijknetwerk.budget.partner;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import nl.wijknetwerk.budget.allocation.AllocationApi.AllocationView;
import nl.wijknetwerk.budget.allocation.AllocationQueries;
import nl.wijknetwerk.budget.allocation.Category;
import nl.wijknetwerk.budget.commitment.Commitment;
import nl.wijknetwerk.budget.commitment.CommitmentApi.CommitmentView;
import nl.wijknetwerk.budget.commitment.CommitmentQueries;
import nl.wijknetwerk.budget.frame.BudgetFrameService;
import nl.wijknetwerk.budget.frame.WardBudget;
import nl.wijknetwerk.budget.partner.PartnerBudgetApi.Declaration;
import nl.wijknetwerk.budget.partner.PartnerBudgetApi.PartnerBudget;
import nl.wijknetwerk.budget.spending.Spending;
import nl.wijknetwerk.budget.spending.SpendingApi.SpendingView;
import nl.wijknetwerk.budget.spending.SpendingQueries;
import nl.wijknetwerk.budget.spending.SpendingService;
import nl.wijknetwerk.shared.partner.PartnerAccessLog;
import nl.wijknetwerk.shared.partner.PartnerCapability;
import nl.wijknetwerk.shared.problem.ProblemException;

/**
 * The partner API of budget-service: a provider's own system declares its spending of the financial experiment
 * and reads its own line of the ward budget. The organisation is always the token's; another organisation's line
 * or declaration cannot be named at all. Everything the system does here, allowed or refused, is in the partner
 * access log as that organisation's system.
 */
@Path("/api/wards/{ward}/partner-budget/{year}")
@Tag(name = "partner")
@RolesAllowed(PartnerCapability.ROLE)
public class PartnerBudgetResource {

    private final SecurityIdentity identity;
    private final SpendingService spending;
    private final PartnerAccessLog accessLog;
    private final BudgetFrameService frame;
    private final AllocationQueries allocations;
    private final CommitmentQueries commitments;
    private final SpendingQueries spent;

    public PartnerBudgetResource(SecurityIdentity identity, SpendingService spending, PartnerAccessLog accessLog,
            BudgetFrameService frame, AllocationQueries allocations, CommitmentQueries commitments, SpendingQueries spent) {
        this.identity = identity;
        this.spending = spending;
        this.accessLog = accessLog;
        this.frame = frame;
        this.allocations = allocations;
        this.commitments = commitments;
        this.spent = spent;
    }

    @GET
    @Operation(summary = "Your organisation's line of the year: allocation with its lump-sum part, spending, commitments",
            description = "Commitments name cases and agreements only by id.")
    @APIResponse(responseCode = "200", description = "Your line")
    @APIResponse(responseCode = "403", description = "Your organisation does not take part in the financial experiment that year")
    @APIResponse(responseCode = "404", description = "No budget for that year in this ward")
    public PartnerBudget line(@PathParam("ward") String ward, @PathParam("year") @Min(2000) @Max(2100) int year) {
        return accessLog.logged("partner.budget.read", Integer.toString(year), () -> {
            String organisation = PartnerCapability.BUDGET.require(identity);
            WardBudget budget = frame.require(year);
            requireExperiment(year, organisation);
            AllocationView allocation = allocations.line(budget.id, Category.PROVIDER, organisation).map(AllocationView::of).orElse(null);
            long spent = this.spent.recordedOnLine(year, Category.PROVIDER, organisation);
            List<CommitmentView> commitments = this.commitments.ofYear(year).stream().filter(c -> organisation.equals(c.providerId))
                    .map(CommitmentView::of).toList();
            long committed = commitments.stream().filter(c -> c.status() == Commitment.Status.ACTIVE)
                    .mapToLong(CommitmentView::amountCents).sum();
            return new PartnerBudget(year, organisation, allocation, spent,
                    (allocation == null ? 0 : allocation.amountCents()) - spent, committed, commitments);
        });
    }

    @POST
    @Path("declarations")
    @Operation(summary = "Declare spending of your organisation (idempotent by your own reference)",
            description = "Recorded on your organisation's PROVIDER line. The same reference again answers the declaration recorded first (200) and changes nothing; the same reference with other details is a 422.")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "200", description = "Known already by your reference; nothing changed")
    @APIResponse(responseCode = "202", description = "Past what is left of your allocation: waits for the controller's approval")
    @APIResponse(responseCode = "403", description = "Your organisation does not take part in the financial experiment that year")
    @APIResponse(responseCode = "409", description = "The year is settled")
    @APIResponse(responseCode = "422", description = "Past what is left of the allocation without asking for approval, or the reference was used with other details")
    @Transactional
    public Response declare(@PathParam("ward") String ward, @PathParam("year") @Min(2000) @Max(2100) int year,
            @Valid @NotNull Declaration request) {
        return accessLog.logged("partner.declaration.submit", year + "/" + request.reference(), () -> {
            String organisation = PartnerCapability.DECLARATIONS.require(identity);
            frame.require(year);
            requireExperiment(year, organisation);
            SpendingService.Outcome outcome = spending.record(ward, year, request.asSpending(organisation), "reference");
            Spending s = outcome.spending();
            if (!outcome.created()) {
                return Response.ok(SpendingView.of(s)).build();
            }
            Response.Status status = s.status == Spending.Status.PENDING_APPROVAL ? Response.Status.ACCEPTED : Response.Status.CREATED;
            return Response.status(status).location(URI.create("/api/wards/" + ward + "/partner-budget/" + year + "/declarations/"
                    + s.externalReference)).entity(SpendingView.of(s)).build();
        });
    }

    @GET
    @Path("declarations")
    @Operation(summary = "Your organisation's declarations of the year, with their status")
    public List<SpendingView> declarations(@PathParam("ward") String ward, @PathParam("year") @Min(2000) @Max(2100) int year) {
        return accessLog.logged("partner.declaration.list", Integer.toString(year), () -> {
            String organisation = PartnerCapability.DECLARATIONS.require(identity);
            frame.require(year);
            return spent.ofProvider(year, organisation).stream().map(SpendingView::of).toList();
        });
    }

    @GET
    @Path("declarations/{reference}")
    @Operation(summary = "One of your organisation's declarations, by your reference")
    @APIResponse(responseCode = "404", description = "Your organisation declared nothing under that reference this year")
    public SpendingView declaration(@PathParam("ward") String ward, @PathParam("year") @Min(2000) @Max(2100) int year,
            @PathParam("reference") String reference) {
        return accessLog.logged("partner.declaration.read", year + "/" + reference, () -> {
            String organisation = PartnerCapability.DECLARATIONS.require(identity);
            return spent.byReference(organisation, reference).filter(s -> s.year == year).map(SpendingView::of)
                    .orElseThrow(() -> ProblemException.notFound("declaration", reference));
        });
    }

    private void requireExperiment(int year, String organisation) {
        if (!allocations.inExperiment(organisation, year)) {
            throw ProblemException.forbidden("Your organisation '" + organisation
                    + "' does not take part in the financial experiment of this ward in " + year);
        }
    }
}
