package nl.wijknetwerk.budget.settlement;

import jakarta.annotation.security.RolesAllowed;
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

import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.budget.settlement.SettlementApi.SettlementRequest;
import nl.wijknetwerk.budget.settlement.SettlementApi.SettlementView;
import nl.wijknetwerk.shared.problem.ProblemException;

/** The year-end settlement with the surplus rule; the controller previews and confirms it. */
@Path("/api/wards/{ward}/budgets/{year}/settlement")
@Tag(name = "Settlement")
public class SettlementResource {

    private final SettlementService settlements;

    public SettlementResource(SettlementService settlements) {
        this.settlements = settlements;
    }

    @POST
    @RolesAllowed(Roles.CONTROLLER)
    @Operation(summary = "Settle the year: surplus in three (residents, municipality, providers pro rata to lump sums), a shortfall borne by the providers")
    @APIResponse(responseCode = "200", description = "Preview (confirm=false): nothing written")
    @APIResponse(responseCode = "201", description = "Settled; final")
    @APIResponse(responseCode = "409", description = "Settled already, or spending waits for approval")
    @APIResponse(responseCode = "422", description = "The year is not over, or no provider has a lump-sum share")
    public Response settle(@PathParam("ward") String ward, @PathParam("year") @Min(2000) @Max(2100) int year,
            @Valid @NotNull SettlementRequest request) {
        SettlementView view = settlements.settle(ward, year, request.confirm());
        return Response.status(request.confirm() ? Response.Status.CREATED : Response.Status.OK).entity(view).build();
    }

    @GET
    @RolesAllowed({ Roles.CONTROLLER, Roles.FINANCIER, Roles.COORDINATOR, Roles.MANAGER, Roles.DIRECTOR })
    @Operation(summary = "The confirmed settlement of the year")
    @APIResponse(responseCode = "404", description = "The year is not settled")
    public SettlementView get(@PathParam("ward") String ward, @PathParam("year") @Min(2000) @Max(2100) int year) {
        return Settlement.ofYear(year).map(SettlementService::view)
                .orElseThrow(() -> ProblemException.notFound("settlement of year", year));
    }
}
