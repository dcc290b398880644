package nl.wijknetwerk.cases.initiative;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.panache.common.Parameters;
import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.cases.initiative.InitiativeApi.InitiativeRequest;
import nl.wijknetwerk.cases.initiative.InitiativeApi.InitiativeView;

/** Prevention activities and resident initiatives of a ward. */
@Path("/api/wards/{ward}/initiatives")
@Tag(name = "Initiatives")
public class InitiativeResource {

    private final InitiativeService initiatives;

    public InitiativeResource(InitiativeService initiatives) {
        this.initiatives = initiatives;
    }

    @POST
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.RESIDENT })
    @Transactional
    @Operation(summary = "Register a prevention activity or resident initiative")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "400", description = "Invalid body; the problem names the field", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response create(@PathParam("ward") String ward, @Valid @NotNull InitiativeRequest request) {
        Initiative i = initiatives.create(ward, request);
        return Response.created(URI.create("/api/wards/" + ward + "/initiatives/" + i.id)).entity(InitiativeView.of(i)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.RESIDENT })
    @Transactional
    @Operation(summary = "Change an initiative: its status, counts and needs")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "Invalid body; the problem names the field", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such initiative in this ward", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "An ended initiative is not restarted", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public InitiativeView change(@PathParam("ward") String ward, @PathParam("id") UUID id,
            @Valid @NotNull InitiativeRequest request) {
        Initiative i = initiatives.change(ward, id, request);
        return InitiativeView.of(i);
    }

    @GET
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.MANAGER, Roles.RESIDENT, Roles.CONTROLLER, Roles.FINANCIER })
    @Operation(summary = "The ward's initiatives, optionally by status or kind")
    public List<InitiativeView> list(@PathParam("ward") String ward, @QueryParam("status") Initiative.Status status,
            @QueryParam("kind") Initiative.Kind kind) {
        Parameters p = new Parameters();
        StringBuilder q = new StringBuilder("1 = 1");
        if (status != null) {
            q.append(" and status = :status");
            p.and("status", status);
        }
        if (kind != null) {
            q.append(" and kind = :kind");
            p.and("kind", kind);
        }
        return Initiative.<Initiative> list(q + " order by name", p).stream().map(InitiativeView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.MANAGER, Roles.RESIDENT, Roles.CONTROLLER, Roles.FINANCIER })
    @Operation(summary = "One initiative")
    @APIResponse(responseCode = "404", description = "No such initiative in this ward", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public InitiativeView get(@PathParam("ward") String ward, @PathParam("id") UUID id) {
        return InitiativeView.of(initiatives.find(ward, id));
    }
}
