package nl.wijknetwerk.network.organisation;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
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
import nl.wijknetwerk.network.organisation.OrganisationApi.OrganisationJoined;
import nl.wijknetwerk.network.organisation.OrganisationApi.OrganisationLeft;
import nl.wijknetwerk.network.organisation.OrganisationApi.ParticipationView;
import nl.wijknetwerk.network.organisation.OrganisationApi.TakePart;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardCalendar;
import nl.wijknetwerk.shared.ward.WardContext;

/** Which partner organisations take part in a ward, and how. */
@Path("/api/wards/{ward}/organisations")
@Tag(name = "Organisations")
@Authenticated
public class ParticipationResource {

    private final Outbox outbox;
    private final WardContext context;
    private final Event<OrganisationLeftWard> leftWard;
    private final WardCalendar calendar;

    public ParticipationResource(Outbox outbox, WardContext context, Event<OrganisationLeftWard> leftWard, WardCalendar calendar) {
        this.outbox = outbox;
        this.context = context;
        this.leftWard = leftWard;
        this.calendar = calendar;
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
        Organisation organisation = Organisation.<Organisation> findByIdOptional(organisationId)
                .orElseThrow(() -> ProblemException.notFound("organisation", organisationId));
        Participation participation = Participation.current(organisationId).orElse(null);
        if (participation != null && participation.kind == request.participation() && participation.since.equals(request.since())) {
            return ParticipationView.of(participation); // nothing changes, nothing to announce
        }
        if (participation == null) {
            participation = new Participation();
            participation.id = UUID.randomUUID();
            participation.ward = context.requireWard();
            participation.organisation = organisation;
            participation.since = request.since();
            participation.kind = request.participation();
            participation.persist();
        } else {
            participation.kind = request.participation();
            participation.since = request.since();
        }
        outbox.publish(EventTypes.ORGANISATION_JOINED, ward, organisationId, new OrganisationJoined(organisationId,
                organisation.name, organisation.sector, participation.kind, participation.since));
        return ParticipationView.of(participation);
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
        Participation participation = Participation.current(organisationId)
                .orElseThrow(() -> ProblemException.conflict("Organisation '" + organisationId + "' does not take part in ward '" + ward + "'"));
        if (request.until().isAfter(calendar.today(ward))) {
            throw ProblemException.unprocessable("until", "lies in the future: record the departure once it has happened");
        }
        if (request.until().isBefore(participation.since)) {
            throw ProblemException.unprocessable("until", "lies before the start of the participation, " + participation.since);
        }
        participation.until = request.until();
        outbox.publish(EventTypes.ORGANISATION_LEFT, ward, organisationId, new OrganisationLeft(organisationId, request.until()));
        leftWard.fire(new OrganisationLeftWard(ward, organisationId, request.until()));
        return ParticipationView.of(participation);
    }
}
