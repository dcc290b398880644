package nl.wijknetwerk.cases.rights;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.cases.resident.Resident;
import nl.wijknetwerk.cases.resident.ResidentAccess;

/**
 * The resident's right of access (AVG art. 15): everything held about her, as JSON to download or as a page to read.
 * For the resident herself, and for the coordinator who answers her request; reading it is logged.
 */
@Path("/api/wards/{ward}/residents/{id}/export")
@Tag(name = "Residents")
public class ResidentFileResource {

    private final ResidentAccess residents;
    private final ResidentFile files;

    public ResidentFileResource(ResidentAccess residents, ResidentFile files) {
        this.residents = residents;
        this.files = files;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.RESIDENT, Roles.COORDINATOR })
    @Transactional
    @Operation(summary = "Everything held about a resident, as JSON (AVG art. 15)",
            description = "Her record and network, her cases with intake, MDOs, plans, agreements, barriers, wellbeing measurements, "
                    + "micro-analyses and consents, the access log of her data and the retention of each kind of record. "
                    + "Ask for text/html for the same as a page to read.")
    @APIResponse(responseCode = "200", description = "The resident's file, as a download")
    public Response json(@PathParam("ward") String ward, @PathParam("id") UUID id) {
        Resident r = residents.forSelf(id, "resident.export");
        return Response.ok(files.of(r)).header("Content-Disposition",
                "attachment; filename=\"mijn-gegevens-" + r.pseudonym + ".json\"").build();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ Roles.RESIDENT, Roles.COORDINATOR })
    @Transactional
    @Operation(summary = "Everything held about a resident, as a page to read (Dutch first, English second)")
    @APIResponse(responseCode = "200", description = "The resident's file")
    public String html(@PathParam("ward") String ward, @PathParam("id") UUID id) {
        ObjectNode file = files.of(residents.forSelf(id, "resident.export"));
        return ResidentFilePage.render(file);
    }
}
