package nl.wijknetwerk.network.pulse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.Authenticated;
import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.network.NetworkConfig;
import nl.wijknetwerk.network.professional.NetworkMembers;
import nl.wijknetwerk.network.pulse.PulseApi.AggregateView;
import nl.wijknetwerk.network.pulse.PulseApi.PulseReceipt;
import nl.wijknetwerk.network.pulse.PulseApi.SubmitPulse;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardCalendar;
import nl.wijknetwerk.shared.ward.WardContext;

/**
 * MOOI WERK pulses: professionals' work satisfaction and their rating of interprofessional collaboration. Scores go
 * in one by one and only come out as the aggregate of a closed period over enough respondents: an aggregate of an
 * open period would change with each pulse and give away the latest one.
 */
@Path("/api/wards/{ward}/pulses")
@Tag(name = "MOOI WERK pulses")
@Authenticated
public class PulseResource {

    private final WardContext context;
    private final WardCalendar calendar;
    private final NetworkConfig config;
    private final PulseService pulses;
    private final MeterRegistry registry;
    private final NetworkMembers members;

    public PulseResource(WardContext context, WardCalendar calendar, NetworkConfig config, PulseService pulses, MeterRegistry registry,
            NetworkMembers members) {
        this.context = context;
        this.calendar = calendar;
        this.config = config;
        this.pulses = pulses;
        this.registry = registry;
        this.members = members;
    }

    @POST
    @RolesAllowed(Roles.PROFESSIONAL)
    @Transactional
    @Operation(summary = "Give this quarter's pulse (1-10 twice)", description = "At most once per quarter; the scores are never shown back.")
    @APIResponse(responseCode = "201", description = "Received")
    @APIResponse(responseCode = "400", description = "A score outside 1-10",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is not an active professional of the ward",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already given this quarter, or the quarter is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@PathParam("ward") String ward, @Valid @NotNull SubmitPulse request) {
        String professionalId = context.user();
        if (!members.isActive(professionalId)) {
            throw ProblemException.forbidden("Only professionals of the network of ward '" + ward + "' give a pulse here");
        }
        String period = Quarter.of(calendar.today(ward)).toString();
        if (PulsePeriod.closed(period).isPresent()) {
            throw periodConflict(period, new Objection("is closed", "is afgesloten"));
        }
        if (Pulse.count("professionalId = ?1 and period = ?2", professionalId, period) > 0) {
            throw periodConflict(period, new Objection("you already gave your pulse for it", "je hebt de peiling van dit kwartaal al ingevuld"));
        }
        Pulse pulse = new Pulse();
        pulse.id = UUID.randomUUID();
        pulse.ward = context.requireWard();
        pulse.professionalId = professionalId;
        pulse.period = period;
        pulse.workSatisfaction = request.workSatisfaction();
        pulse.collaboration = request.collaboration();
        pulse.submittedAt = Instant.now();
        pulse.persist();
        registry.counter("wijknetwerk.pulses.received", "ward", ward).increment();
        return Response.status(201).entity(new PulseReceipt(period)).build();
    }

    @POST
    @Path("{period}/closure")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MANAGER })
    @Transactional
    @Operation(summary = "Close a quarter: no more pulses, and its aggregate is fixed",
            description = "Emits pulse-aggregated when at least the minimum group size answered; otherwise nothing leaves the service.")
    @APIResponse(responseCode = "200", description = "Closed")
    @APIResponse(responseCode = "400", description = "Not a quarter like 2025-Q1",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The quarter has not begun",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AggregateView close(@PathParam("ward") String ward, @PathParam("period") String periodText) {
        Quarter quarter = parse(periodText);
        String period = quarter.toString();
        if (quarter.firstDay().isAfter(calendar.today(ward))) {
            throw ProblemException.unprocessable("period", new Objection(period + " has not begun", period + " is nog niet begonnen"));
        }
        if (PulsePeriod.closed(period).isPresent()) {
            throw periodConflict(period, new Objection("is already closed", "is al afgesloten"));
        }
        PulsePeriod closed = pulses.close(context.requireWard(), quarter);
        return AggregateView.of(closed, config.pulse().minimumGroupSize());
    }

    @GET
    @Path("{period}/aggregate")
    @Operation(summary = "The aggregate of a closed quarter", description = "Without averages when fewer than the minimum group size answered.")
    @APIResponse(responseCode = "200", description = "The aggregate, or that the period is still open")
    public AggregateView aggregate(@PathParam("ward") String ward, @PathParam("period") String periodText) {
        String period = parse(periodText).toString();
        return PulsePeriod.closed(period).map(p -> AggregateView.of(p, config.pulse().minimumGroupSize()))
                .orElseGet(() -> new AggregateView(period, false, false, config.pulse().minimumGroupSize(), null, null, null));
    }

    private static Quarter parse(String period) {
        try {
            return Quarter.parse(period);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("period", new Objection("not a quarter like 2025-Q1", "geen kwartaal zoals 2025-Q1"));
        }
    }

    private static ProblemException periodConflict(String period, Objection why) {
        return ProblemException.conflict("conflict", "Conflict with the current state",
                new Objection("Quarter " + period + ": " + why.english(), "Kwartaal " + period + ": " + why.dutch()), "period", why);
    }
}
