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
import nl.wijknetwerk.cases.mdo.MdoApi.MdoView;
import nl.wijknetwerk.cases.mdo.MdoApi.PlanMdo;
import nl.wijknetwerk.cases.mdo.MdoApi.RecordHeld;
import nl.wijknetwerk.shared.problem.ProblemException;

/** MDOs of a case: planned at the kitchen table, held with the resident present. */
@Path("/api/wards/{ward}/cases/{id}/mdos")
@Tag(name = "MDO")
public class MdoResource {

    private final CaseAccess access;
    private final MdoService mdos;

    public MdoResource(CaseAccess access, MdoService mdos) {
        this.access = access;
        this.mdos = mdos;
    }

    @POST
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR })
    @Transactional
    @Operation(summary = "Plan an MDO", description = "The caller organises it. The organisations invited may read the case from now on.")
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
    @Operation(summary = "The MDOs of the case, in planned order")
    @APIResponse(responseCode = "200", description = "The MDOs")
    public List<MdoView> list(@PathParam("ward") String ward, @PathParam("id") UUID id) {
        CaseFile c = access.forRead(id, "mdo.read");
        return Mdo.<Mdo> list("caseId = ?1 order by plannedAt", c.id).stream()
                .map(m -> MdoView.of(m, MdoService.participantsOf(m))).toList();
    }

    @GET
    @Path("{mdo}")
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.MANAGER, Roles.RESIDENT })
    @Transactional
    @Operation(summary = "One MDO of the case")
    @APIResponse(responseCode = "200", description = "The MDO")
    public MdoView get(@PathParam("ward") String ward, @PathParam("id") UUID id, @PathParam("mdo") UUID mdoId) {
        CaseFile c = access.forRead(id, "mdo.read");
        Mdo m = find(c, mdoId);
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

    private static Mdo find(CaseFile c, UUID mdoId) {
        Mdo m = Mdo.findById(mdoId);
        if (m == null || !m.caseId.equals(c.id)) {
            throw ProblemException.notFound("MDO", mdoId);
        }
        return m;
    }
}
