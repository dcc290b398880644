package nl.wijknetwerk.budget.spending;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.budget.spending.SpendingApi.ImportResult;
import nl.wijknetwerk.budget.spending.SpendingApi.SpendingRequest;
import nl.wijknetwerk.budget.spending.SpendingApi.SpendingView;

/** Spending from a year's budget, recorded by providers one by one or as a CSV export, and approved by the controller. */
@Path("/api/wards/{ward}/budgets/{year}/spending")
@Tag(name = "Spending")
public class SpendingResource {

    private static final String CSV_EXAMPLE = """
            externalReference,spentOn,category,providerId,amountCents,description
            PAN-2018-000123,2018-03-14,PROVIDER,pantein,125000,Ambulante begeleiding maart
            HVW-2018-03,2018-03-31,COLLECTIVE_PROVISION,,233300,Huis van de Wijk maart
            """;

    private final SpendingService spending;
    private final SpendingImport imports;

    public SpendingResource(SpendingService spending, SpendingImport imports) {
        this.spending = spending;
        this.imports = imports;
    }

    @GET
    @RolesAllowed({ Roles.CONTROLLER, Roles.FINANCIER, Roles.MANAGER, Roles.DIRECTOR })
    @Operation(summary = "The year's spending, including what waits for approval or was rejected")
    public List<SpendingView> list(@PathParam("ward") String ward, @PathParam("year") @Min(2000) @Max(2100) int year) {
        return spending.ofYear(year).stream().map(SpendingView::of).toList();
    }

    @POST
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.MANAGER, Roles.CONTROLLER })
    @Operation(summary = "Record spending; the same external reference again is recorded once")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "200", description = "Known already by its external reference; nothing changed")
    @APIResponse(responseCode = "202", description = "Past what is left of the allocation: waits for the controller's approval")
    @APIResponse(responseCode = "409", description = "The year is settled")
    @APIResponse(responseCode = "422", description = "Past what is left of the allocation without asking for approval, or a provider outside the financial experiment")
    public Response record(@PathParam("ward") String ward, @PathParam("year") @Min(2000) @Max(2100) int year,
            @Valid @NotNull SpendingRequest request) {
        SpendingService.Outcome outcome = spending.record(ward, year, request);
        Spending s = outcome.spending();
        if (!outcome.created()) {
            return Response.ok(SpendingView.of(s)).build();
        }
        Response.Status status = s.status == Spending.Status.PENDING_APPROVAL ? Response.Status.ACCEPTED : Response.Status.CREATED;
        return Response.status(status).location(URI.create("/api/wards/" + ward + "/budgets/" + year + "/spending/" + s.id))
                .entity(SpendingView.of(s)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CONTROLLER, Roles.FINANCIER, Roles.MANAGER, Roles.DIRECTOR, Roles.PROFESSIONAL })
    @Operation(summary = "One spending of the year")
    public SpendingView get(@PathParam("ward") String ward, @PathParam("year") @Min(2000) @Max(2100) int year,
            @PathParam("id") UUID id) {
        return Spending.<Spending> findByIdOptional(id).filter(s -> s.year == year).map(SpendingView::of)
                .orElseThrow(() -> nl.wijknetwerk.shared.problem.ProblemException.notFound("spending", id));
    }

    @POST
    @Path("import")
    @Consumes("text/csv")
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.MANAGER, Roles.CONTROLLER })
    @Operation(summary = "Import a providers' spending export (CSV); all rows or none, known external references are skipped")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING), example = CSV_EXAMPLE))
    @APIResponse(responseCode = "200", description = "What the import recorded, left waiting for approval, and already knew")
    public ImportResult importCsv(@PathParam("ward") String ward, @PathParam("year") @Min(2000) @Max(2100) int year, String csv) {
        return imports.importCsv(ward, year, csv);
    }

    @POST
    @Path("{id}/approval")
    @RolesAllowed(Roles.CONTROLLER)
    @Operation(summary = "Approve spending past the allocation; it counts as spent from now on")
    @APIResponse(responseCode = "409", description = "Not waiting for approval, or the year is settled")
    public SpendingView approve(@PathParam("ward") String ward, @PathParam("year") @Min(2000) @Max(2100) int year,
            @PathParam("id") UUID id) {
        return SpendingView.of(spending.decide(ward, year, id, true));
    }

    @POST
    @Path("{id}/rejection")
    @RolesAllowed(Roles.CONTROLLER)
    @Operation(summary = "Reject spending past the allocation; it never counts")
    @APIResponse(responseCode = "409", description = "Not waiting for approval, or the year is settled")
    public SpendingView reject(@PathParam("ward") String ward, @PathParam("year") @Min(2000) @Max(2100) int year,
            @PathParam("id") UUID id) {
        return SpendingView.of(spending.decide(ward, year, id, false));
    }
}
