package nl.wijknetwerk.network.leersessie;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.network.leersessie.LeersessieApi.IntervisionRoundView;
import nl.wijknetwerk.network.leersessie.LeersessieApi.LeersessieView;
import nl.wijknetwerk.network.leersessie.LeersessieApi.PlanLeersessie;
import nl.wijknetwerk.network.leersessie.LeersessieApi.RecordAttendance;
import nl.wijknetwerk.network.leersessie.LeersessieApi.RecordIntervisionRound;
import nl.wijknetwerk.network.leersessie.LeersessieApi.ReflectionCardView;
import nl.wijknetwerk.network.leersessie.LeersessieApi.WriteReflectionCard;

/** Leersessies of the ward network: planning, attendance, intervision rounds and reflection cards. */
@Path("/api/wards/{ward}/leersessies")
@Tag(name = "Leersessies")
@RolesAllowed({ Roles.COORDINATOR, Roles.MANAGER, Roles.PROFESSIONAL, Roles.DIRECTOR })
public class LeersessieResource {

    private final LeersessieService sessions;

    public LeersessieResource(LeersessieService sessions) {
        this.sessions = sessions;
    }

    @POST
    @Transactional
    @Operation(summary = "Plan (or register) a leersessie with its tables")
    @APIResponse(responseCode = "201", description = "Planned")
    @APIResponse(responseCode = "400", description = "Missing kind or date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response plan(@PathParam("ward") String ward, @Valid @NotNull PlanLeersessie request) {
        Leersessie session = sessions.plan(request);
        return Response.created(URI.create("/api/wards/" + ward + "/leersessies/" + session.id)).entity(LeersessieView.of(session)).build();
    }

    @GET
    @Operation(summary = "The ward's leersessies, optionally between two dates")
    public List<LeersessieView> list(@PathParam("ward") String ward, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        Parameters parameters = new Parameters();
        if (from != null) {
            conditions.add("heldOn >= :from");
            parameters.and("from", from);
        }
        if (to != null) {
            conditions.add("heldOn <= :to");
            parameters.and("to", to);
        }
        return Leersessie.<Leersessie> list(String.join(" and ", conditions), Sort.by("heldOn").and("createdAt"), parameters).stream()
                .map(LeersessieView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One leersessie")
    public LeersessieView get(@PathParam("ward") String ward, @PathParam("id") UUID id) {
        return LeersessieView.of(sessions.find(id));
    }

    @POST
    @Path("{id}/attendance")
    @Transactional
    @Operation(summary = "Record who attended; the session is then held",
            description = "Counts for the professionals' leerplan (ATTEND_LEERSESSIES) and emits leersessie-held with counts by group.")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "409", description = "Attendance was already recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The session lies in the future, or someone listed is not a professional of the ward",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LeersessieView recordAttendance(@PathParam("ward") String ward, @PathParam("id") UUID id,
            @Valid @NotNull RecordAttendance request) {
        return LeersessieView.of(sessions.recordAttendance(ward, id, request));
    }

    @POST
    @Path("{id}/intervision-rounds")
    @Transactional
    @Operation(summary = "Record a completed intervision round at one of the session's tables",
            description = "Counts LEAD_INTERVISION for the leader and BRING_IN_CASE for the contributor; emits intervision-completed.")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "422", description = "The session lies in the future, leader or contributor is not a professional "
            + "of the ward, or they are the same person",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordRound(@PathParam("ward") String ward, @PathParam("id") UUID id, @Valid @NotNull RecordIntervisionRound request) {
        IntervisionRound round = sessions.recordRound(ward, id, request);
        return Response.created(URI.create("/api/wards/" + ward + "/leersessies/" + id + "/intervision-rounds/" + round.id))
                .entity(IntervisionRoundView.of(round)).build();
    }

    @GET
    @Path("{id}/intervision-rounds")
    @Operation(summary = "The intervision rounds of a session")
    public List<IntervisionRoundView> rounds(@PathParam("ward") String ward, @PathParam("id") UUID id) {
        sessions.find(id);
        return IntervisionRound.<IntervisionRound> list("leersessieId", Sort.by("completedAt"), id).stream()
                .map(IntervisionRoundView::of).toList();
    }

    @POST
    @Path("{id}/reflection-cards")
    @Transactional
    @Operation(summary = "Hand in a reflection card right after the session", description = "Kept without the writer's name.")
    @APIResponse(responseCode = "201", description = "Collected")
    @APIResponse(responseCode = "400", description = "An empty card",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The session lies in the future",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response writeCard(@PathParam("ward") String ward, @PathParam("id") UUID id, @Valid @NotNull WriteReflectionCard request) {
        ReflectionCard card = sessions.collectCard(ward, id, request);
        return Response.status(201).entity(ReflectionCardView.of(card)).build();
    }

    @GET
    @Path("{id}/reflection-cards")
    @Operation(summary = "The reflection cards collected at a session")
    public List<ReflectionCardView> cards(@PathParam("ward") String ward, @PathParam("id") UUID id) {
        sessions.find(id);
        return ReflectionCard.<ReflectionCard> list("leersessieId", Sort.by("writtenAt"), id).stream().map(ReflectionCardView::of).toList();
    }
}
