package nl.wijknetwerk.budget.overview;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.budget.overview.OverviewApi.BudgetOverview;
import nl.wijknetwerk.shared.ward.WardCalendar;

/** The controller's view of one year: budget, allocated, committed, spent, remaining, utilisation and projection. */
@Path("/api/wards/{ward}/budgets/{year}")
@Tag(name = "Overview")
public class OverviewResource {

    private final OverviewService overviews;
    private final WardCalendar calendar;

    public OverviewResource(OverviewService overviews, WardCalendar calendar) {
        this.overviews = overviews;
        this.calendar = calendar;
    }

    @GET
    @RolesAllowed({ Roles.CONTROLLER, Roles.FINANCIER, Roles.COORDINATOR, Roles.MANAGER, Roles.DIRECTOR })
    @Operation(summary = "Budget, allocated, committed, spent, remaining and utilisation per category and provider, with a projection to year end")
    @APIResponse(responseCode = "200", description = "The year as the controller sees it")
    @APIResponse(responseCode = "404", description = "The ward has no budget for that year")
    public BudgetOverview overview(@PathParam("ward") String ward, @PathParam("year") @Min(2000) @Max(2100) int year,
            @Parameter(description = "Project from spending up to this day (default: today in the ward)") @QueryParam("asOf") LocalDate asOf) {
        return overviews.overview(ward, year, asOf != null ? asOf : calendar.today(ward));
    }
}
