package nl.wijknetwerk.budget.allocation;

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
import nl.wijknetwerk.budget.allocation.AllocationApi.AllocationChange;
import nl.wijknetwerk.budget.allocation.AllocationApi.AllocationRequest;
import nl.wijknetwerk.budget.allocation.AllocationApi.AllocationView;

/** The allocation (verdeling) of a year's budget; the controller divides it. */
@Path("/api/wards/{ward}/budgets/{year}/allocations")
@Tag(name = "Allocation")
public class AllocationResource {

    private final AllocationService allocations;

    public AllocationResource(AllocationService allocations) {
        this.allocations = allocations;
    }

    @GET
    @RolesAllowed({ Roles.CONTROLLER, Roles.FINANCIER, Roles.COORDINATOR, Roles.MANAGER, Roles.DIRECTOR })
    @Operation(summary = "The year's allocation lines")
    public List<AllocationView> list(@PathParam("ward") String ward, @PathParam("year") @Min(2000) @Max(2100) int year) {
        return allocations.ofYear(year).stream().map(AllocationView::of).toList();
    }

    @PUT
    @RolesAllowed(Roles.CONTROLLER)
    @Operation(summary = "Set one allocation line: a category, or a provider of the financial experiment with its lump-sum share")
    @APIResponse(responseCode = "200", description = "The line and the year's totals after the change")
    @APIResponse(responseCode = "409", description = "The year is settled")
    @APIResponse(responseCode = "422", description = "The allocations would exceed the budget, or the provider is not in the financial experiment")
    public AllocationChange allocate(@PathParam("ward") String ward, @PathParam("year") @Min(2000) @Max(2100) int year,
            @Valid @NotNull AllocationRequest request) {
        return allocations.allocate(ward, year, request);
    }
}
