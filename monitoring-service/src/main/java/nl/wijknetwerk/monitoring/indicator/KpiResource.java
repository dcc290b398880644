package nl.wijknetwerk.monitoring.indicator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.api.Roles;

/** Indicators of a ward, grouped by strategic goal. */
@Path("/api/wards/{ward}/kpis")
@Tag(name = "KPIs")
public class KpiResource {

    static final String ROLES_NOTE = "Readable by the network's roles; aggregated figures only, no personal data.";

    private final KpiService kpis;

    public KpiResource(KpiService kpis) {
        this.kpis = kpis;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.MANAGER, Roles.DIRECTOR, Roles.COORDINATOR, Roles.CONTROLLER, Roles.FINANCIER, Roles.PROFESSIONAL })
    @Operation(summary = "The ward's indicators per strategic goal", description = "Every indicator of the catalogue for the "
            + "period, with its target, whether it is met, the value of the previous period and the trend. Figures of residents' "
            + "own scores and answers and the societal-cost savings count whole groups of five different cases per quarter, in the "
            + "order they were recorded, so that no figure, nor any difference of figures, rests on one to four residents: a period "
            + "with data but no whole group has no value and the detail withheldBelow=5; a month gets none (quartersAndYearsOnly=1). "
            + ROLES_NOTE)
    @APIResponse(responseCode = "200", description = "The five goals with their indicators, and the headline triad",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KpiView.WardKpis.class),
                    examples = @ExampleObject(name = "wellbeing", value = """
                            {"ward": "ruwaard", "period": "2026", "previousPeriod": "2025",
                             "headlines": [{"headline": "GOED_LEVEN", "label": "GOED LEVEN", "indicators": ["wellbeing-t1", "wellbeing-t2"]}],
                             "goals": [{"number": 3, "code": "health-and-quality-of-life", "name": "Better health and experienced quality of life of individual residents",
                               "onTargetPercent": 100.0,
                               "indicators": [{"code": "wellbeing-t1", "name": "Wellbeing about 6 weeks after (T1)", "unit": "SCORE",
                                 "direction": "HIGHER_IS_BETTER", "source": "EVENTS", "value": 8.3, "basis": 23, "target": 7,
                                 "onTarget": true, "previous": 7.9, "trend": "IMPROVING"}]}]}""")))
    @APIResponse(responseCode = "400", description = "The period is not a year, quarter or month",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown period", value = """
                            {"type": "https://wijknetwerk.nl/problems/invalid-request", "title": "Invalid request", "status": 400,
                             "detail": "period: '2026-Q5' is not a period; use a year (2026), a quarter (2026-Q3) or a month (2026-07)",
                             "errors": [{"field": "period", "message": "'2026-Q5' is not a period; use a year (2026), a quarter (2026-Q3) or a month (2026-07)"}]}""")))
    public Response get(@PathParam("ward") String ward,
            @Parameter(description = "2026, 2026-Q3 or 2026-07; the ward's current year when left out", example = "2026-Q3")
            @QueryParam("period") String period) {
        // The stored page goes out as stored: a repeated read costs no JSON reading or writing.
        return Response.ok(kpis.wardKpisJson(ward, kpis.period(period, ward)), MediaType.APPLICATION_JSON).build();
    }
}
