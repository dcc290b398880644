package nl.wijknetwerk.budget.frame;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import nl.wijknetwerk.budget.frame.BudgetFrameApi.AgreementRequest;
import nl.wijknetwerk.budget.frame.BudgetFrameApi.AgreementView;

/**
 * The multi-year agreements behind the ward budgets (e.g. Ruwaard 2018–2022); the financier agrees them. A class of
 * its own with a literal path, so {@code budgets/agreements} is never read as the year of {@code budgets/{year}}.
 */
@Path("/api/wards/{ward}/budgets/agreements")
@Tag(name = "Budget frame")
public class AgreementResource {

    private final BudgetFrameService frame;

    public AgreementResource(BudgetFrameService frame) {
        this.frame = frame;
    }

    @GET
    @RolesAllowed({ Roles.CONTROLLER, Roles.FINANCIER, Roles.COORDINATOR, Roles.MANAGER, Roles.DIRECTOR })
    @Operation(summary = "The ward's multi-year agreements (e.g. 2018–2022) with the budget each set per year, oldest first")
    public List<AgreementView> agreements(@PathParam("ward") String ward) {
        return frame.agreements();
    }

    @POST
    @RolesAllowed(Roles.FINANCIER)
    @Operation(summary = "Agree a multi-year budget: the same funding sources for every year of the agreement")
    @APIResponse(responseCode = "201", description = "The agreement and the budget it set for each year")
    @APIResponse(responseCode = "422", description = "A year of the agreement has a budget already")
    public Response agree(@PathParam("ward") String ward, @Valid @NotNull AgreementRequest request) {
        AgreementView view = frame.agree(ward, request);
        return Response.status(Response.Status.CREATED).entity(view).build();
    }
}
