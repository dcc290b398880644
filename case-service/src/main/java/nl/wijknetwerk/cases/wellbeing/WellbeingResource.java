package nl.wijknetwerk.cases.wellbeing;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.cases.wellbeing.WellbeingApi.CaseWellbeing;
import nl.wijknetwerk.cases.wellbeing.WellbeingApi.DueMeasurement;
import nl.wijknetwerk.cases.wellbeing.WellbeingApi.MeasurementView;
import nl.wijknetwerk.cases.wellbeing.WellbeingApi.RecordWellbeing;

/** The resident's own wellbeing score at T0, T1 and T2, and which measurements are due in the ward. */
@Path("/api/wards/{ward}")
@Tag(name = "Wellbeing")
public class WellbeingResource {

    private final WellbeingService service;

    public WellbeingResource(WellbeingService service) {
        this.service = service;
    }

    @POST
    @Path("cases/{caseId}/wellbeing")
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.RESIDENT })
    @Operation(summary = "Record the resident's own wellbeing score (1-10) at T0, T1 or T2",
            description = "A professional records it with the resident, or the resident records it on their own case.")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Score outside 1-10, a dimension outside 0-10 or a date in the future; "
            + "the problem names the field", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such case for you in this ward", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "This moment was already measured", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response record(@PathParam("ward") String ward, @PathParam("caseId") UUID caseId,
            @Valid @NotNull RecordWellbeing request) {
        WellbeingMeasurement m = service.record(ward, caseId, request);
        return Response.created(URI.create("/api/wards/" + ward + "/cases/" + caseId + "/wellbeing"))
                .entity(MeasurementView.of(m)).build();
    }

    @GET
    @Path("cases/{caseId}/wellbeing")
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.MANAGER, Roles.RESIDENT })
    @Operation(summary = "A case's measurements, its schedule (due dates from the plan date) and the change since T0")
    @APIResponse(responseCode = "404", description = "No such case for you in this ward", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CaseWellbeing ofCase(@PathParam("ward") String ward, @PathParam("caseId") UUID caseId) {
        return service.ofCase(ward, caseId);
    }

    @GET
    @Path("wellbeing/due")
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.MANAGER })
    @Operation(summary = "Measurements due or overdue in the ward, most urgent first; optionally for one professional",
            description = "A page of at most 200 (page counts from 0, 100 by default)")
    public List<DueMeasurement> due(@PathParam("ward") String ward,
            @QueryParam("professional") String professional,
            @QueryParam("on") LocalDate on,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(200) int size) {
        // Urgency is computed from each case's schedule, so the whole list is ordered before a page is cut from it.
        return service.due(on == null ? service.today() : on, Optional.ofNullable(professional).filter(p -> !p.isBlank()))
                .stream().skip((long) page * size).limit(size).toList();
    }
}
