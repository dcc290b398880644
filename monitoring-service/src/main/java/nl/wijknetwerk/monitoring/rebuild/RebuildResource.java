package nl.wijknetwerk.monitoring.rebuild;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.Blocking;
import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.monitoring.rebuild.RebuildApi.RebuildStatus;

/** Operations on the indicator store of all wards. */
@Path("/api/admin/kpis/rebuild")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
@Blocking
public class RebuildResource {

    private final RebuildService rebuild;

    public RebuildResource(RebuildService rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @Operation(summary = "Start a rebuild of the indicator store from the topics", description = "Wipes the facts derived "
            + "from events and re-reads network.events, cases.events and budget.events from offset zero with a fresh consumer "
            + "group, in the background; the status resource in Location tells when the store holds everything published "
            + "before the rebuild began. Imports are kept. While it runs, indicators may show partial values.")
    @APIResponse(responseCode = "202", description = "Started; poll the status resource named in Location")
    @APIResponse(responseCode = "409", description = "A rebuild is already running",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start() {
        RebuildStatus started = rebuild.start();
        return Response.accepted(started).location(URI.create("/api/admin/kpis/rebuild/" + started.id())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Where a rebuild stands", description = "running; done with the number of events applied and skipped "
            + "(poison messages); or failed with the reason.")
    @APIResponse(responseCode = "200", description = "The rebuild's state")
    @APIResponse(responseCode = "404", description = "No such rebuild",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RebuildStatus status(@PathParam("id") UUID id) {
        return rebuild.status(id);
    }
}
