package nl.wijknetwerk.cases.barrier;

import java.net.URI;
import java.time.LocalDate;
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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.cases.barrier.BarrierApi.BarrierView;
import nl.wijknetwerk.cases.barrier.BarrierApi.ReportBarrier;
import nl.wijknetwerk.cases.barrier.BarrierApi.ResolveBarrier;
import nl.wijknetwerk.cases.casefile.CaseAccess;
import nl.wijknetwerk.cases.casefile.CaseFile;
import nl.wijknetwerk.shared.ward.WardCalendar;

/** Barriers that block the solution agreed for a case. */
@Path("/api/wards/{ward}/cases/{id}/barriers")
@Tag(name = "Barriers")
public class BarrierResource {

    private final CaseAccess access;
    private final BarrierService barriers;
    private final WardCalendar calendar;

    public BarrierResource(CaseAccess access, BarrierService barriers, WardCalendar calendar) {
        this.access = access;
        this.barriers = barriers;
        this.calendar = calendar;
    }

    @POST
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR })
    @Transactional
    @Operation(summary = "Report a barrier that blocks the agreed solution",
            description = "reportedOn may lie in the past when a known barrier is recorded late; it drives escalation.")
    @APIResponse(responseCode = "201", description = "Reported")
    public Response report(@PathParam("ward") String ward, @PathParam("id") UUID id, @Valid @NotNull ReportBarrier request) {
        BarrierView view = barriers.report(ward, id, request);
        return Response.created(URI.create("/api/wards/" + ward + "/cases/" + id + "/barriers/" + view.id()))
                .entity(view).build();
    }

    @GET
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.MANAGER })
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
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.MANAGER, Roles.DIRECTOR })
    @Transactional
    @Operation(summary = "Record that the barrier was removed, and how")
    @APIResponse(responseCode = "200", description = "Resolved")
    public BarrierView resolve(@PathParam("ward") String ward, @PathParam("id") UUID id, @PathParam("barrier") UUID barrierId,
            @Valid @NotNull ResolveBarrier request) {
        return barriers.resolve(ward, id, barrierId, request);
    }
}
