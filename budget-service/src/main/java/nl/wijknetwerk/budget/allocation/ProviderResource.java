package nl.wijknetwerk.budget.allocation;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.budget.allocation.AllocationApi.ProviderView;

/** The ward's partner organisations as the budget knows them, with how they take part. */
@Path("/api/wards/{ward}/providers")
@Tag(name = "Allocation")
public class ProviderResource {

    @GET
    @RolesAllowed({ Roles.CONTROLLER, Roles.FINANCIER, Roles.COORDINATOR, Roles.MANAGER, Roles.DIRECTOR, Roles.PROFESSIONAL })
    @Operation(summary = "The ward's organisations and whether they share the budget (financial experiment)")
    public List<ProviderView> list(@PathParam("ward") String ward) {
        return Provider.<Provider> list("order by organisationId").stream().map(ProviderView::of).toList();
    }
}
