package nl.wijknetwerk.monitoring.report;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.monitoring.indicator.KpiService;
import nl.wijknetwerk.monitoring.indicator.Period;
import nl.wijknetwerk.shared.problem.ProblemException;

/** The evaluation report of a ward for a period, for the financier and the network's board. */
@Path("/api/wards/{ward}/reports/evaluation")
@Tag(name = "Reports")
public class ReportResource {

    static final String CSV = "text/csv";
    static final String PDF = "application/pdf";

    private final ReportService reports;
    private final KpiService kpis;

    public ReportResource(ReportService reports, KpiService kpis) {
        this.reports = reports;
        this.kpis = kpis;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ Roles.MANAGER, Roles.DIRECTOR, Roles.COORDINATOR, Roles.CONTROLLER, Roles.FINANCIER, Roles.PROFESSIONAL })
    @Operation(summary = "Evaluation report as a self-contained HTML page", description = "Inline SVG charts (a trend line per "
            + "headline measure, a bar per goal) and a table per goal; no scripts or external files. Ask with Accept: text/html.")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = MediaType.TEXT_HTML))
    @APIResponse(responseCode = "400", description = "The period is not a year, quarter or month",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response html(@PathParam("ward") String ward, @Context HttpHeaders headers,
            @Parameter(description = "2026, 2026-Q3 or 2026-07; the current year when left out", example = "2026") @QueryParam("period") String period) {
        offered(headers, MediaType.TEXT_HTML_TYPE);
        Period p = kpis.period(period, ward);
        return Response.ok(ReportRenderer.html(reports.report(ward, p)), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "inline; filename=\"evaluation-" + ward + "-" + p.label() + ".html\"").build();
    }

    @GET
    @Produces(CSV)
    @RolesAllowed({ Roles.MANAGER, Roles.DIRECTOR, Roles.COORDINATOR, Roles.CONTROLLER, Roles.FINANCIER, Roles.PROFESSIONAL })
    @Operation(summary = "Evaluation report as CSV", description = "One line per indicator: goal, value, target, on target, "
            + "previous period, trend, basis and details. Ask with Accept: text/csv.")
    @APIResponse(responseCode = "200", description = "The CSV", content = @Content(mediaType = CSV))
    @APIResponse(responseCode = "400", description = "The period is not a year, quarter or month",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response csv(@PathParam("ward") String ward, @Context HttpHeaders headers,
            @Parameter(description = "2026, 2026-Q3 or 2026-07; the current year when left out", example = "2026") @QueryParam("period") String period) {
        offered(headers, MediaType.valueOf(CSV));
        Period p = kpis.period(period, ward);
        return Response.ok(ReportRenderer.csv(reports.report(ward, p)), CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"evaluation-" + ward + "-" + p.label() + ".csv\"").build();
    }

    @GET
    @Produces(PDF)
    @RolesAllowed({ Roles.MANAGER, Roles.DIRECTOR, Roles.COORDINATOR, Roles.CONTROLLER, Roles.FINANCIER, Roles.PROFESSIONAL })
    @Operation(summary = "Evaluation report as PDF", description = "The HTML page rendered as PDF (A4, charts as vectors), "
            + "for filing with a council. Ask with Accept: application/pdf. Any other type than HTML, CSV or PDF is a 406.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PDF))
    @APIResponse(responseCode = "400", description = "The period is not a year, quarter or month",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response pdf(@PathParam("ward") String ward, @Context HttpHeaders headers,
            @Parameter(description = "2026, 2026-Q3 or 2026-07; the current year when left out", example = "2026") @QueryParam("period") String period) {
        offered(headers, MediaType.valueOf(PDF));
        Period p = kpis.period(period, ward);
        return Response.ok(ReportRenderer.pdf(reports.report(ward, p)), PDF)
                .header("Content-Disposition", "attachment; filename=\"evaluation-" + ward + "-" + p.label() + ".pdf\"").build();
    }

    /**
     * The server falls back to one of the formats when none matches the Accept header (a PDF request got CSV):
     * the chosen format must be one the caller accepts, else 406.
     */
    private static void offered(HttpHeaders headers, MediaType format) {
        if (headers.getAcceptableMediaTypes().stream().noneMatch(accepted -> accepted.isCompatible(format))) {
            throw new ProblemException(406, "not-acceptable", "Not Acceptable",
                    "The evaluation report is offered as text/html, text/csv and application/pdf", List.of());
        }
    }
}
