package nl.wijknetwerk.budget.frame;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.budget.frame.BudgetFrameApi.BudgetSummary;
import nl.wijknetwerk.budget.frame.BudgetFrameApi.RevisionView;
import nl.wijknetwerk.budget.frame.BudgetFrameApi.SourcesRequest;

/** The ward budgets per year and their funding sources; the financier sets them. */
@Path("/api/wards/{ward}/budgets")
@Tag(name = "Budget frame")
public class BudgetResource {

    private final BudgetFrameService frame;

    public BudgetResource(BudgetFrameService frame) {
        this.frame = frame;
    }

    @GET
    @RolesAllowed({ Roles.CONTROLLER, Roles.FINANCIER, Roles.COORDINATOR, Roles.MANAGER, Roles.DIRECTOR, Roles.PROFESSIONAL })
    @Operation(summary = "The ward's budgets, one per year")
    public List<BudgetSummary> list(@PathParam("ward") String ward) {
        return WardBudget.<WardBudget> list("order by year").stream().map(BudgetSummary::of).toList();
    }

    @PUT
    @Path("{year}/sources")
    @RolesAllowed(Roles.FINANCIER)
    @Operation(summary = "Set a year's funding sources; after the year started this is an amendment with a reason, kept beside the earlier revisions")
    @APIResponse(responseCode = "200", description = "The new revision")
    @APIResponse(responseCode = "409", description = "The year is settled")
    @APIResponse(responseCode = "422", description = "The new total is below what is allocated already")
    public RevisionView setSources(@PathParam("ward") String ward, @PathParam("year") @Min(2000) @Max(2100) int year,
            @Valid @NotNull SourcesRequest request) {
        return RevisionView.of(frame.setSources(ward, year, request));
    }

    @GET
    @Path("{year}/revisions")
    @RolesAllowed({ Roles.CONTROLLER, Roles.FINANCIER, Roles.COORDINATOR, Roles.DIRECTOR })
    @Operation(summary = "Every revision of a year's funding sources, oldest first")
    public List<RevisionView> revisions(@PathParam("ward") String ward, @PathParam("year") @Min(2000) @Max(2100) int year) {
        return BudgetRevision.of(WardBudget.require(year).id).stream().map(RevisionView::of).toList();
    }
}
