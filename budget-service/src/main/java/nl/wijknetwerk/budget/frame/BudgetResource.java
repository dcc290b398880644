package nl.wijknetwerk.budget.frame;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ward budgets per year. */
@Path("/api/wards/{ward}/budgets")
@Tag(name = "Budgets")
public class BudgetResource {

    public record BudgetSummary(int year, long totalCents) {
    }

    @GET
    @RolesAllowed({ "controller", "financier", "coordinator", "manager", "director", "professional" })
    @Operation(summary = "The ward's budgets, one per year")
    public List<BudgetSummary> list(@PathParam("ward") String ward) {
        return WardBudget.<WardBudget> list("order by year").stream().map(b -> new BudgetSummary(b.year, b.totalCents)).toList();
    }
}
