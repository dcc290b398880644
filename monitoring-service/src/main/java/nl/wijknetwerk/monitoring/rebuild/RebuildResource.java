package nl.wijknetwerk.monitoring.rebuild;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.Blocking;
import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.api.Roles;

/** Operations on the indicator store of all wards. */
@Path("/api/admin/kpis/rebuild")
@Tag(name = "Administration")
public class RebuildResource {

    private final RebuildService rebuild;

    public RebuildResource(RebuildService rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @Blocking
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Rebuild the indicator store from the topics", description = "Wipes the facts derived from events and "
            + "re-reads network.events, cases.events and budget.events from offset zero with a fresh consumer group; answers "
            + "when the store holds everything published before the rebuild began. Imports are kept. While it runs, "
            + "indicators may show partial values.")
    @APIResponse(responseCode = "200", description = "Rebuilt: how many events were applied and skipped (poison messages)")
    @APIResponse(responseCode = "409", description = "A rebuild is already running",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RebuildService.Result rebuild() {
        return rebuild.rebuild();
    }
}
