package nl.wijknetwerk.cases.barrier;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.wijknetwerk.cases.casefile.CaseAccess;
import nl.wijknetwerk.cases.casefile.CaseFile;
import nl.wijknetwerk.cases.casefile.WardCalendar;
import nl.wijknetwerk.cases.plan.Agreement;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardContext;

/** Barriers that block the solution agreed for a case. */
@Path("/api/wards/{ward}/cases/{id}/barriers")
@Tag(name = "Barriers")
public class BarrierResource {

    private final CaseAccess access;
    private final Outbox outbox;
    private final WardContext context;
    private final WardCalendar calendar;

    public BarrierResource(CaseAccess access, Outbox outbox, WardContext context, WardCalendar calendar) {
        this.access = access;
        this.outbox = outbox;
        this.context = context;
        this.calendar = calendar;
    }

    @Schema(name = "ReportBarrier", examples = """
            {"kind": "FUNDING_RULE", "description": "Verhuiskosten vallen niet onder de Wmo-regels van de gemeente",
             "ownerOrganisation": "gemeente-oss"}""")
    public record ReportBarrier(
            @NotNull Barrier.Kind kind,
            @NotBlank @Size(max = 4000) String description,
            @Pattern(regexp = "^[a-z0-9][a-z0-9-]{0,62}$", message = "must be an organisation slug") String ownerOrganisation,
            UUID agreementId,
            LocalDate reportedOn) {
    }

    @Schema(name = "ResolveBarrier", examples = """
            {"resolution": "De directeuren spraken af dat verhuiskosten uit het wijkbudget komen"}""")
    public record ResolveBarrier(@NotBlank @Size(max = 4000) String resolution, LocalDate resolvedOn) {
    }

    public record BarrierView(UUID id, UUID caseId, UUID agreementId, Barrier.Kind kind, String description,
            String ownerOrganisation, LocalDate reportedOn, EscalationPolicy.Level level, LocalDate escalatedToManagerOn,
            LocalDate escalatedToDirectorOn, LocalDate resolvedOn, String resolution, long daysOpen) {

        static BarrierView of(Barrier b, LocalDate today) {
            LocalDate until = b.resolvedOn == null ? today : b.resolvedOn;
            return new BarrierView(b.id, b.caseId, b.agreementId, b.kind, b.description, b.ownerOrganisation,
                    b.reportedOn, b.level, b.escalatedToManagerOn, b.escalatedToDirectorOn, b.resolvedOn, b.resolution,
                    EscalationPolicy.daysOpen(b.reportedOn, until));
        }
    }

    public record BarrierReported(UUID caseId, UUID barrierId, Barrier.Kind kind, String ownerOrganisationId, LocalDate reportedOn) {
    }

    public record BarrierResolved(UUID caseId, UUID barrierId, LocalDate resolvedOn, long daysOpen) {
    }

    @POST
    @RolesAllowed({ "professional", "coordinator" })
    @Transactional
    @Operation(summary = "Report a barrier that blocks the agreed solution",
            description = "reportedOn may lie in the past when a known barrier is recorded late; it drives escalation.")
    @APIResponse(responseCode = "201", description = "Reported")
    public Response report(@PathParam("ward") String ward, @PathParam("id") UUID id, @Valid @NotNull ReportBarrier request) {
        CaseFile c = access.forChange(id, "barrier.report");
        if (c.status == CaseFile.Status.CLOSED) {
            throw ProblemException.conflict("The case is closed");
        }
        if (request.agreementId() != null) {
            Agreement a = Agreement.findById(request.agreementId());
            if (a == null || !a.caseId.equals(c.id)) {
                throw ProblemException.unprocessable("agreementId", "not an agreement of this case");
            }
        }
        LocalDate today = calendar.today();
        LocalDate reportedOn = request.reportedOn() == null ? today : request.reportedOn();
        if (reportedOn.isAfter(today) || reportedOn.isBefore(c.openedOn)) {
            throw ProblemException.badRequest("reportedOn", "must lie between the case's opening (" + c.openedOn + ") and today");
        }
        Barrier b = new Barrier();
        b.id = UUID.randomUUID();
        b.caseId = c.id;
        b.agreementId = request.agreementId();
        b.kind = request.kind();
        b.description = request.description().strip();
        b.ownerOrganisation = request.ownerOrganisation();
        b.reportedBy = context.user();
        b.reportedOn = reportedOn;
        b.level = EscalationPolicy.Level.TEAM;
        b.createdAt = Instant.now();
        b.persist();
        outbox.publish(EventTypes.BARRIER_REPORTED, ward, c.id.toString(),
                new BarrierReported(c.id, b.id, b.kind, b.ownerOrganisation, b.reportedOn));
        return Response.created(URI.create("/api/wards/" + ward + "/cases/" + id + "/barriers/" + b.id))
                .entity(BarrierView.of(b, today)).build();
    }

    @GET
    @RolesAllowed({ "professional", "coordinator", "manager" })
    @Transactional
    @Operation(summary = "The barriers of the case, oldest first")
    @APIResponse(responseCode = "200", description = "The barriers")
    public List<BarrierView> list(@PathParam("ward") String ward, @PathParam("id") UUID id) {
        CaseFile c = access.forRead(id, "barrier.read");
        LocalDate today = calendar.today();
        return Barrier.<Barrier> list("caseId = ?1 order by reportedOn, createdAt", c.id).stream()
                .map(b -> BarrierView.of(b, today)).toList();
    }

    @POST
    @Path("{barrier}/resolved")
    @RolesAllowed({ "professional", "coordinator", "manager", "director" })
    @Transactional
    @Operation(summary = "Record that the barrier was removed, and how")
    @APIResponse(responseCode = "200", description = "Resolved")
    public BarrierView resolve(@PathParam("ward") String ward, @PathParam("id") UUID id, @PathParam("barrier") UUID barrierId,
            @Valid @NotNull ResolveBarrier request) {
        CaseFile c = access.forChange(id, "barrier.resolve");
        Barrier b = Barrier.findById(barrierId);
        if (b == null || !b.caseId.equals(c.id)) {
            throw ProblemException.notFound("barrier", barrierId);
        }
        if (b.resolvedOn != null) {
            throw ProblemException.conflict("This barrier was already resolved on " + b.resolvedOn);
        }
        LocalDate today = calendar.today();
        LocalDate resolvedOn = request.resolvedOn() == null ? today : request.resolvedOn();
        if (resolvedOn.isAfter(today) || resolvedOn.isBefore(b.reportedOn)) {
            throw ProblemException.badRequest("resolvedOn", "must lie between the report (" + b.reportedOn + ") and today");
        }
        b.resolvedOn = resolvedOn;
        b.resolution = request.resolution().strip();
        BarrierView view = BarrierView.of(b, today);
        outbox.publish(EventTypes.BARRIER_RESOLVED, ward, c.id.toString(),
                new BarrierResolved(c.id, b.id, resolvedOn, view.daysOpen()));
        return view;
    }
}
