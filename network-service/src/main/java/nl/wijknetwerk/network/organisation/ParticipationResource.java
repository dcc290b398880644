package nl.wijknetwerk.network.organisation;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.network.organisation.OrganisationApi.Leave;
import nl.wijknetwerk.network.organisation.OrganisationApi.ParticipationView;
import nl.wijknetwerk.network.organisation.OrganisationApi.TakePart;

/** Which partner organisations take part in a ward, and how. */
@Path("/api/wards/{ward}/organisations")
@Tag(name = "Organisations")
@Authenticated
public class ParticipationResource {

    private final ParticipationService participations;

    public ParticipationResource(ParticipationService participations) {
        this.participations = participations;
    }

    @GET
    @Operation(summary = "The organisations taking part in the ward now")
    public List<ParticipationView> list(@PathParam("ward") String ward) {
        return Participation.allCurrent().stream().map(ParticipationView::of).toList();
    }

    @PUT
    @Path("{organisation}")
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(summary = "Let an organisation take part in the ward, or change how it takes part",
            description = "Emits organisation-joined with the participation; budget-service learns from it who shares the budget.")
    @APIResponse(responseCode = "200", description = "The organisation takes part as asked")
    @APIResponse(responseCode = "404", description = "Unknown organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ParticipationView takePart(@PathParam("ward") String ward, @PathParam("organisation") String organisationId,
            @Valid @NotNull TakePart request) {
        return ParticipationView.of(participations.takePart(ward, organisationId, request));
    }

    @POST
    @Path("{organisation}/departure")
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(summary = "An organisation stops taking part in the ward",
            description = "Emits organisation-left; its professionals leave the ward network with it (professional-left).")
    @APIResponse(responseCode = "200", description = "The participation ended")
    @APIResponse(responseCode = "409", description = "The organisation does not take part in the ward",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The end date lies before the start or in the future",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ParticipationView leave(@PathParam("ward") String ward, @PathParam("organisation") String organisationId,
            @Valid @NotNull Leave request) {
        return ParticipationView.of(participations.leave(ward, organisationId, request));
    }
}
