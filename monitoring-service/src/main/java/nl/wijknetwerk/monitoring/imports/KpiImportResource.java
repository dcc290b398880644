package nl.wijknetwerk.monitoring.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.api.Roles;

/** Figures for the indicators no service produces, imported per ward and period. */
@Path("/api/wards/{ward}/kpis/imports")
@Tag(name = "KPIs")
public class KpiImportResource {

    public record Imported(String ward, int values) {
    }

    private final KpiImport kpiImport;

    public KpiImportResource(KpiImport kpiImport) {
        this.kpiImport = kpiImport;
    }

    @POST
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.MANAGER, Roles.CONTROLLER })
    @Operation(summary = "Import figures for import-fed indicators", description = "CSV with the columns period,indicator,value; "
            + "indicators: pgb-count, objections-appeals, gp-visits, crises. All or nothing; re-importing a period replaces its figure.")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "quarter", value = """
            period,indicator,value
            2026-Q1,pgb-count,41
            2026-Q1,objections-appeals,3
            2026-Q1,gp-visits,120
            2026-Q1,crises,4""")))
    @APIResponse(responseCode = "200", description = "The figures were imported")
    @APIResponse(responseCode = "400", description = "A missing column, an unknown period or indicator, or a non-number; each error names line and column",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown period", value = """
                            {"type": "https://wijknetwerk.nl/problems/invalid-csv", "title": "Invalid CSV", "status": 400,
                             "detail": "Nothing was imported. line 2, column period: '2026-Q5' is not a period like 2026, 2026-Q3 or 2026-07",
                             "errors": [{"field": "line 2, column period", "message": "'2026-Q5' is not a period like 2026, 2026-Q3 or 2026-07"}]}""")))
    public Imported importCsv(@PathParam("ward") String ward, String csv) {
        return new Imported(ward, kpiImport.importCsv(ward, csv));
    }
}
