package nl.wijknetwerk.cases.mdo;

import java.net.URI;
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
import nl.wijknetwerk.cases.casefile.CaseAccess;
import nl.wijknetwerk.cases.casefile.CaseFile;
import nl.wijknetwerk.cases.casefile.CaseOrganisation;
import nl.wijknetwerk.cases.mdo.MdoApi.MdoView;
import nl.wijknetwerk.cases.mdo.MdoApi.PlanMdo;
import nl.wijknetwerk.cases.mdo.MdoApi.RecordHeld;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardContext;

/** MDOs of a case: planned at the kitchen table, held with the resident present. */
@Path("/api/wards/{ward}/cases/{id}/mdos")
@Tag(name = "MDO")
public class MdoResource {

    private final CaseAccess access;
    private final MdoService mdos;
    private final WardContext context;

    public MdoResource(CaseAccess access, MdoService mdos, WardContext context) {
        this.access = access;
        this.mdos = mdos;
        this.context = context;
    }

    @POST
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR })
    @Transactional
    @Operation(summary = "Plan an MDO", description = "The caller organises it. The organisations invited see the meeting "
            + "(when, where, who invites); they read the case only once the resident consented to share it with them.")
    @APIResponse(responseCode = "201", description = "Planned")
    public Response plan(@PathParam("ward") String ward, @PathParam("id") UUID id, @Valid @NotNull PlanMdo request) {
        CaseFile c = access.forChange(id, "mdo.plan");
        Mdo m = mdos.plan(c, request);
        return Response.created(URI.create("/api/wards/" + ward + "/cases/" + id + "/mdos/" + m.id))
                .entity(MdoView.of(m, MdoService.participantsOf(m))).build();
    }

    @GET
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.MANAGER, Roles.RESIDENT })
    @Transactional
    @Operation(summary = "The MDOs of the case, in planned order",
            description = "An organisation invited before the resident's consent sees only the planned meetings it is invited to, "
                    + "without anything about the resident.")
    @APIResponse(responseCode = "200", description = "The MDOs")
    public List<MdoView> list(@PathParam("ward") String ward, @PathParam("id") UUID id) {
        CaseAccess.Seen seen = access.forMeeting(id, "mdo.read");
        return Mdo.<Mdo> list("caseId = ?1 order by plannedAt", seen.caseFile().id).stream()
                .filter(m -> seen.scope() == CaseOrganisation.Scope.CASE || invites(m, context.organisation()))
                .map(m -> view(seen, m)).toList();
    }

    @GET
    @Path("{mdo}")
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.MANAGER, Roles.RESIDENT })
    @Transactional
    @Operation(summary = "One MDO of the case")
    @APIResponse(responseCode = "200", description = "The MDO")
    public MdoView get(@PathParam("ward") String ward, @PathParam("id") UUID id, @PathParam("mdo") UUID mdoId) {
        CaseAccess.Seen seen = access.forMeeting(id, "mdo.read");
        Mdo m = find(seen.caseFile(), mdoId);
        if (seen.scope() != CaseOrganisation.Scope.CASE && !invites(m, context.organisation())) {
            throw ProblemException.notFound("MDO", mdoId);
        }
        return view(seen, m);
    }

    @POST
    @Path("{mdo}/cancel")
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR })
    @Transactional
    @Operation(summary = "Cancel a planned MDO", description = "Organisations invited only to this table see nothing of the case any more.")
    @APIResponse(responseCode = "200", description = "Cancelled")
    public MdoView cancel(@PathParam("ward") String ward, @PathParam("id") UUID id, @PathParam("mdo") UUID mdoId) {
        CaseFile c = access.forChange(id, "mdo.cancel");
        Mdo m = mdos.cancel(c, find(c, mdoId));
        return MdoView.of(m, MdoService.participantsOf(m));
    }

    @POST
    @Path("{mdo}/held")
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR })
    @Transactional
    @Operation(summary = "Record that the MDO took place", description = "Requires the resident present and their consent to share the case.")
    @APIResponse(responseCode = "200", description = "Held")
    public MdoView held(@PathParam("ward") String ward, @PathParam("id") UUID id, @PathParam("mdo") UUID mdoId,
            @Valid @NotNull RecordHeld request) {
        CaseFile c = access.forChange(id, "mdo.held");
        Mdo m = mdos.held(c, find(c, mdoId), request);
        return MdoView.of(m, MdoService.participantsOf(m));
    }

    /** Whether the organisation is invited to this planned table. */
    private static boolean invites(Mdo m, String organisation) {
        return m.status == Mdo.Status.PLANNED && MdoService.participantsOf(m).stream()
                .anyMatch(p -> p.isProfessional() && p.organisation.equals(organisation));
    }

    /** A manager, like an organisation only invited, sees the meeting, not what was said of the resident there. */
    private MdoView view(CaseAccess.Seen seen, Mdo m) {
        List<MdoParticipant> participants = MdoService.participantsOf(m);
        return seen.scope() == CaseOrganisation.Scope.CASE && !access.isManagerOnly() ? MdoView.of(m, participants)
                : MdoView.invitation(m, participants);
    }

    private static Mdo find(CaseFile c, UUID mdoId) {
        Mdo m = Mdo.findById(mdoId);
        if (m == null || !m.caseId.equals(c.id)) {
            throw ProblemException.notFound("MDO", mdoId);
        }
        return m;
    }
}
