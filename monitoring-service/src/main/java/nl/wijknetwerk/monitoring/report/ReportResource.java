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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
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

/** The evaluation report of a ward for a period, for the financier, the network's board and the council; Dutch unless English is asked for. */
@Path("/api/wards/{ward}/reports/evaluation")
@Tag(name = "Reports")
public class ReportResource {

    static final String CSV = "text/csv";
    static final String PDF = "application/pdf";
    static final String PERIOD = "2026, 2026-Q3 or 2026-07; the current year when left out";
    static final String LANGUAGE = "Written in Dutch (nl-NL notation: € 1.234,56, 61,5%, 2 december 2026) unless English is asked "
            + "for, by lang=en or else by Accept-Language; the response names its language in Content-Language.";
    static final String LANG = "nl or en: the report's language, before Accept-Language (a link can carry it); any other value is a 400";
    static final String ACCEPT_LANGUAGE = "The first of nl and en it names (en, en-GB;q=0.9, …) is the report's language when lang is "
            + "left out; Dutch when it names neither or is absent";

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
            + "headline measure, a bar per goal) and a table per goal; no scripts or external files. Ask with Accept: text/html. "
            + LANGUAGE)
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = ACCEPT_LANGUAGE, example = "nl")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = MediaType.TEXT_HTML))
    @APIResponse(responseCode = "400", description = "The period is not a year, quarter or month, or lang is not nl or en",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response html(@PathParam("ward") String ward, @Context HttpHeaders headers,
            @Parameter(description = PERIOD, example = "2026") @QueryParam("period") String period,
            @Parameter(description = LANG, example = "en") @QueryParam("lang") String lang) {
        offered(headers, MediaType.TEXT_HTML_TYPE);
        ReportTexts texts = ReportTexts.of(ReportLanguage.choose(lang, headers.getAcceptableLanguages()));
        Period p = kpis.period(period, ward);
        return report(ReportRenderer.html(reports.report(ward, p), texts), MediaType.TEXT_HTML + ";charset=UTF-8", "inline", ward, p, "html", texts);
    }

    @GET
    @Produces(CSV)
    @RolesAllowed({ Roles.MANAGER, Roles.DIRECTOR, Roles.COORDINATOR, Roles.CONTROLLER, Roles.FINANCIER, Roles.PROFESSIONAL })
    @Operation(summary = "Evaluation report as CSV", description = "One line per indicator: goal, value, target, on target, "
            + "previous period, trend, basis and details. Ask with Accept: text/csv. " + LANGUAGE + " The Dutch file is for Excel "
            + "with Dutch settings: separated by ';', decimal commas (132394,00), no thousands separators, with a UTF-8 byte order "
            + "mark. The English file is RFC 4180: separated by ',', decimal points, no byte order mark. In both only the column "
            + "names and the goal and indicator names change with the language; codes (indicator, unit, direction, trend, "
            + "true/false, period labels, detail names) are those of the KPI API.")
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = ACCEPT_LANGUAGE, example = "nl")
    @APIResponse(responseCode = "200", description = "The CSV", content = @Content(mediaType = CSV))
    @APIResponse(responseCode = "400", description = "The period is not a year, quarter or month, or lang is not nl or en",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response csv(@PathParam("ward") String ward, @Context HttpHeaders headers,
            @Parameter(description = PERIOD, example = "2026") @QueryParam("period") String period,
            @Parameter(description = LANG, example = "en") @QueryParam("lang") String lang) {
        offered(headers, MediaType.valueOf(CSV));
        ReportTexts texts = ReportTexts.of(ReportLanguage.choose(lang, headers.getAcceptableLanguages()));
        Period p = kpis.period(period, ward);
        return report(ReportRenderer.csv(reports.report(ward, p), texts), CSV + ";charset=UTF-8", "attachment", ward, p, "csv", texts);
    }

    @GET
    @Produces(PDF)
    @RolesAllowed({ Roles.MANAGER, Roles.DIRECTOR, Roles.COORDINATOR, Roles.CONTROLLER, Roles.FINANCIER, Roles.PROFESSIONAL })
    @Operation(summary = "Evaluation report as PDF", description = "The HTML page rendered as PDF (A4, charts as vectors), "
            + "for filing with a council. Ask with Accept: application/pdf. Any other type than HTML, CSV or PDF is a 406. " + LANGUAGE)
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = ACCEPT_LANGUAGE, example = "nl")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PDF))
    @APIResponse(responseCode = "400", description = "The period is not a year, quarter or month, or lang is not nl or en",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response pdf(@PathParam("ward") String ward, @Context HttpHeaders headers,
            @Parameter(description = PERIOD, example = "2026") @QueryParam("period") String period,
            @Parameter(description = LANG, example = "en") @QueryParam("lang") String lang) {
        offered(headers, MediaType.valueOf(PDF));
        ReportTexts texts = ReportTexts.of(ReportLanguage.choose(lang, headers.getAcceptableLanguages()));
        Period p = kpis.period(period, ward);
        return report(ReportRenderer.pdf(reports.report(ward, p), texts), PDF, "attachment", ward, p, "pdf", texts);
    }

    /** The report with its language named ({@code Content-Language}) and a file name in it: evaluatie-ruwaard-2026.pdf. */
    private static Response report(Object body, String type, String disposition, String ward, Period p, String extension, ReportTexts texts) {
        return Response.ok(body, type).header("Content-Language", texts.language().code()).header("Vary", "Accept, Accept-Language")
                .header("Content-Disposition", disposition + "; filename=\"" + texts.text("file") + "-" + ward + "-" + p.label() + "." + extension + "\"")
                .build();
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
