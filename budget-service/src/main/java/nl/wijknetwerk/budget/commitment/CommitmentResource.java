package nl.wijknetwerk.budget.commitment;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.budget.commitment.CommitmentApi.CommitmentView;
import nl.wijknetwerk.budget.frame.BudgetFrameService;

/** Commitments of a year: funded provisions of agreed plans, active or released. */
@Path("/api/wards/{ward}/budgets/{year}/commitments")
@Tag(name = "Commitments")
public class CommitmentResource {

    private final BudgetFrameService frame;
    private final CommitmentQueries commitments;

    public CommitmentResource(BudgetFrameService frame, CommitmentQueries commitments) {
        this.frame = frame;
        this.commitments = commitments;
    }

    @GET
    @RolesAllowed({ Roles.CONTROLLER, Roles.FINANCIER, Roles.COORDINATOR, Roles.MANAGER, Roles.DIRECTOR })
    @Operation(summary = "The year's commitments from agreed plans, oldest first")
    public List<CommitmentView> list(@PathParam("ward") String ward, @PathParam("year") @Min(2000) @Max(2100) int year) {
        frame.require(year);
        return commitments.ofYear(year).stream().map(CommitmentView::of).toList();
    }
}
