package nl.wijknetwerk.cases.barrier;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.panache.common.Page;

import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.cases.accesslog.AccessLog;
import nl.wijknetwerk.cases.barrier.BarrierApi.BarrierView;
import nl.wijknetwerk.cases.casefile.CaseQueries;
import nl.wijknetwerk.shared.ward.WardCalendar;

/**
 * The ward's barriers for the manager leersessies (learning sessions where managers remove what blocks solutions):
 * what blocks, whose it is, how long it has been open and at which level. A description is free text written at a
 * resident's case and may name something of the resident, so every barrier shown is a read of that case's data: each
 * is written to the access log with its case and resident.
 */
@Path("/api/wards/{ward}/barriers")
@Tag(name = "Barriers")
public class WardBarrierResource {

    private final BarrierService barriers;
    private final WardCalendar calendar;
    private final AccessLog log;
    private final CaseQueries cases;

    public WardBarrierResource(BarrierService barriers, WardCalendar calendar, AccessLog log, CaseQueries cases) {
        this.barriers = barriers;
        this.calendar = calendar;
        this.log = log;
        this.cases = cases;
    }

    @GET
    @RolesAllowed({ Roles.MANAGER, Roles.DIRECTOR, Roles.COORDINATOR })
    @Transactional
    @Operation(summary = "The barriers of the ward, longest open first",
            description = "status=open (default), resolved or all; a page of at most 200 (page counts from 0, 100 by default). "
                    + "Each barrier shown is in the access log of its case.")
    @APIResponse(responseCode = "200", description = "The barriers")
    public List<BarrierView> list(@PathParam("ward") String ward, @QueryParam("status") @DefaultValue("open") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(200) int size) {
        String query = switch (status) {
            case "open" -> "resolvedOn is null order by reportedOn, createdAt";
            case "resolved" -> "resolvedOn is not null order by reportedOn, createdAt";
            case "all" -> "order by reportedOn, createdAt";
            default -> throw nl.wijknetwerk.shared.problem.ProblemException.badRequest("status",
                    new nl.wijknetwerk.api.Objection("one of open, resolved, all", "een van open, resolved, all"));
        };
        LocalDate today = calendar.today();
        return shown("barrier.list", Barrier.<Barrier> find(query).page(Page.of(page, size)).list(), today);
    }

    @POST
    @Path("escalation")
    @RolesAllowed({ Roles.MANAGER, Roles.COORDINATOR })
    @Transactional
    @Operation(summary = "Escalate the open barriers past their threshold now", description = "The same run happens every morning.")
    @APIResponse(responseCode = "200", description = "The barriers that climbed a level")
    public List<BarrierView> escalate(@PathParam("ward") String ward) {
        LocalDate today = calendar.today();
        return shown("barrier.escalation", barriers.escalate(today), today);
    }

    /** The barriers as shown to the caller, each logged as a read of its case's data. */
    private List<BarrierView> shown(String action, List<Barrier> shown, LocalDate today) {
        Set<UUID> caseIds = shown.stream().map(b -> b.caseId).collect(Collectors.toSet());
        Map<UUID, UUID> residents = cases.residentsOf(caseIds);
        shown.forEach(b -> log.granted(action, residents.get(b.caseId), b.caseId));
        return shown.stream().map(b -> BarrierView.of(b, today)).toList();
    }
}
