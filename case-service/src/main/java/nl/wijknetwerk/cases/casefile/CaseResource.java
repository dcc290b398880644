package nl.wijknetwerk.cases.casefile;

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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.quarkus.panache.common.Page;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.cases.casefile.CaseApi.CaseView;
import nl.wijknetwerk.cases.casefile.CaseApi.CloseCase;
import nl.wijknetwerk.cases.casefile.CaseApi.DeclineCase;
import nl.wijknetwerk.cases.casefile.CaseApi.LinkResident;
import nl.wijknetwerk.cases.casefile.CaseApi.OpenCase;
import nl.wijknetwerk.cases.accesslog.AccessLog;

/** Cases of a ward: opened by a professional (or the resident) whenever they think the Samenwerkwijze is needed. */
@Path("/api/wards/{ward}/cases")
@Tag(name = "Cases")
public class CaseResource {

    private final CaseService cases;
    private final CaseAccess access;
    private final AccessLog log;

    public CaseResource(CaseService cases, CaseAccess access, AccessLog log) {
        this.cases = cases;
        this.access = access;
        this.log = log;
    }

    @POST
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.RESIDENT })
    @Transactional
    @Operation(summary = "Open a case (individual or collective)",
            description = "An individual case names its resident, now or (when the question came in before the resident was registered) "
                    + "later through PUT …/resident; a resident opening a case can only open their own.")
    @APIResponse(responseCode = "201", description = "Opened; the opener's organisation may read it")
    public Response open(@PathParam("ward") String ward, @Valid @NotNull OpenCase request) {
        CaseFile c = cases.open(ward, request);
        return Response.created(URI.create("/api/wards/" + ward + "/cases/" + c.id)).entity(CaseView.opened(c)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.MANAGER, Roles.RESIDENT })
    @Transactional
    @Operation(summary = "One case of the ward",
            description = "Only for the organisations that opened it or that the resident shared it with, the coordinator and the resident; "
                    + "others get 404. A manager sees the case's course without the resident, her question or life domains. Logged.")
    @APIResponse(responseCode = "200", description = "The case")
    public CaseView get(@PathParam("ward") String ward, @PathParam("id") UUID id) {
        return CaseView.forCaller(access.forRead(id, "case.read"), access);
    }

    @GET
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.MANAGER, Roles.RESIDENT })
    @Transactional
    @Operation(summary = "The cases of the ward the caller may see, newest first",
            description = "A page of at most 200 cases (page counts from 0). Each case shown is in the access log.")
    @APIResponse(responseCode = "200", description = "The cases")
    public List<CaseView> list(@PathParam("ward") String ward,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        List<CaseFile> visible = access.visibleCases().page(Page.of(page, size)).list();
        visible.forEach(c -> log.granted("case.list", c.residentId, c.id));
        return visible.stream().map(c -> CaseView.forCaller(c, access)).toList();
    }

    @PUT
    @Path("{id}/resident")
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR })
    @Transactional
    @Operation(summary = "Name the resident of a case opened before they were registered")
    @APIResponse(responseCode = "200", description = "The case with its resident")
    public CaseView linkResident(@PathParam("ward") String ward, @PathParam("id") UUID id, @Valid @NotNull LinkResident request) {
        CaseFile c = cases.linkResident(ward, id, request);
        return CaseView.of(c);
    }

    @POST
    @Path("{id}/decline")
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR })
    @Transactional
    @Operation(summary = "The resident wants nothing now: nothing happens, but a follow-up contact is planned")
    @APIResponse(responseCode = "200", description = "Declined with a follow-up date")
    public CaseView decline(@PathParam("ward") String ward, @PathParam("id") UUID id, @Valid @NotNull DeclineCase request) {
        CaseFile c = cases.decline(ward, id, request);
        return CaseView.of(c);
    }

    @POST
    @Path("{id}/reopen")
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR })
    @Transactional
    @Operation(summary = "Pick a declined case up again (at the follow-up contact)")
    @APIResponse(responseCode = "200", description = "Open again")
    public CaseView reopen(@PathParam("ward") String ward, @PathParam("id") UUID id) {
        CaseFile c = cases.reopen(id);
        return CaseView.of(c);
    }

    @POST
    @Path("{id}/start")
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR })
    @Transactional
    @Operation(summary = "The agreements of the plan are being carried out")
    @APIResponse(responseCode = "200", description = "In progress")
    public CaseView start(@PathParam("ward") String ward, @PathParam("id") UUID id) {
        CaseFile c = cases.start(id);
        return CaseView.of(c);
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR })
    @Transactional
    @Operation(summary = "Close the case with a reason")
    @APIResponse(responseCode = "200", description = "Closed; a closed case cannot change any more")
    public CaseView close(@PathParam("ward") String ward, @PathParam("id") UUID id, @Valid @NotNull CloseCase request) {
        CaseFile c = cases.close(ward, id, request);
        return CaseView.of(c);
    }
}
