package nl.wijknetwerk.budget.capacity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.budget.overview.Utilisation;
import nl.wijknetwerk.shared.problem.ProblemException;

/** Hour budgets per priority and year, and the hours used. */
@Path("/api/wards/{ward}/capacity/{year}")
@Tag(name = "Capacity")
public class CapacityResource {

    @Schema(name = "CapacityRequest", examples = "{\"hoursBudgeted\": 5200}")
    public record CapacityRequest(@NotNull @PositiveOrZero @Digits(integer = 8, fraction = 2) BigDecimal hoursBudgeted) {
    }

    @Schema(name = "HoursUsedRequest", examples = "{\"hours\": 3.5}")
    public record HoursUsed(@NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 6, fraction = 2) BigDecimal hours) {
    }

    public record CapacityView(CapacityBudget.Priority priority, BigDecimal hoursBudgeted, BigDecimal hoursUsed,
            BigDecimal hoursLeft, BigDecimal utilisationPercent) {

        static CapacityView of(CapacityBudget c) {
            // Hours have two decimals: in hundredths they are whole numbers, like cents.
            long used = c.hoursUsed.movePointRight(2).longValueExact();
            long budgeted = c.hoursBudgeted.movePointRight(2).longValueExact();
            return new CapacityView(c.priority, c.hoursBudgeted, c.hoursUsed, c.hoursBudgeted.subtract(c.hoursUsed),
                    Utilisation.percent(used, budgeted));
        }
    }

    @GET
    @RolesAllowed({ Roles.CONTROLLER, Roles.MANAGER, Roles.DIRECTOR, Roles.COORDINATOR, Roles.FINANCIER })
    @Operation(summary = "The year's hour budgets per priority with the hours used")
    public List<CapacityView> list(@PathParam("ward") String ward, @PathParam("year") @Min(2000) @Max(2100) int year) {
        return CapacityBudget.<CapacityBudget> list("year = ?1 order by priority", year).stream().map(CapacityView::of).toList();
    }

    @PUT
    @Path("{priority}")
    @RolesAllowed({ Roles.CONTROLLER, Roles.MANAGER })
    @Transactional
    @Operation(summary = "Set the hour budget of a priority for the year")
    public CapacityView set(@PathParam("ward") String ward, @PathParam("year") @Min(2000) @Max(2100) int year,
            @PathParam("priority") CapacityBudget.Priority priority, @Valid @NotNull CapacityRequest request) {
        CapacityBudget c = CapacityBudget.lock(year, priority).orElseGet(() -> {
            CapacityBudget fresh = new CapacityBudget();
            fresh.id = UUID.randomUUID();
            fresh.year = year;
            fresh.priority = priority;
            return fresh;
        });
        c.hoursBudgeted = request.hoursBudgeted();
        c.updatedAt = Instant.now();
        if (!c.isPersistent()) {
            c.persist();
        }
        return CapacityView.of(c);
    }

    @POST
    @Path("{priority}/usage")
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.MANAGER, Roles.CONTROLLER })
    @Transactional
    @Operation(summary = "Record hours spent on a priority")
    @APIResponse(responseCode = "404", description = "No hour budget for that priority and year")
    public CapacityView use(@PathParam("ward") String ward, @PathParam("year") @Min(2000) @Max(2100) int year,
            @PathParam("priority") CapacityBudget.Priority priority, @Valid @NotNull HoursUsed request) {
        CapacityBudget c = CapacityBudget.lock(year, priority)
                .orElseThrow(() -> ProblemException.notFound("hour budget for " + year, priority));
        c.hoursUsed = c.hoursUsed.add(request.hours());
        c.updatedAt = Instant.now();
        return CapacityView.of(c);
    }
}
