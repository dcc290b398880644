package nl.wijknetwerk.cases.followup;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.cases.followup.FollowUpApi.FollowUps;

/** "Niet zomaar los": the follow-up contacts planned for residents who declined help, per professional or ward. */
@Path("/api/wards/{ward}/follow-ups")
@Tag(name = "Cases")
public class FollowUpResource {

    private final FollowUpService service;

    public FollowUpResource(FollowUpService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR })
    @Operation(summary = "Follow-up contacts of declined cases, earliest first, with how many are overdue; optionally for one professional",
            description = "The declined cases the caller may see whose resident is to be contacted again; `status` is UPCOMING, "
                    + "DUE (today) or OVERDUE, `overdue` counts the whole list. `professional` is the account that opened the "
                    + "case; `on` defaults to today in the ward's zone. A page of at most 200 (page counts from 0, 100 by default).")
    public FollowUps list(@PathParam("ward") String ward, @QueryParam("professional") String professional,
            @QueryParam("on") LocalDate on,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(200) int size) {
        return service.list(on == null ? service.today() : on, Optional.ofNullable(professional).filter(p -> !p.isBlank()),
                page, size);
    }
}
