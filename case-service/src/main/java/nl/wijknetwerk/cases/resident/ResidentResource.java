package nl.wijknetwerk.cases.resident;

import java.net.URI;
import java.time.Instant;
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
import nl.wijknetwerk.cases.resident.ResidentApi.AddNetworkMember;
import nl.wijknetwerk.cases.resident.ResidentApi.NetworkMemberView;
import nl.wijknetwerk.cases.resident.ResidentApi.RegisterResident;
import nl.wijknetwerk.cases.resident.ResidentApi.ResidentView;
import nl.wijknetwerk.cases.accesslog.AccessLog;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardContext;

/** Residents of a ward and their own network. Their personal data stays in this service. */
@Path("/api/wards/{ward}/residents")
@Tag(name = "Residents")
public class ResidentResource {

    private final WardContext context;
    private final ResidentAccess access;
    private final AccessLog log;

    public ResidentResource(WardContext context, ResidentAccess access, AccessLog log) {
        this.context = context;
        this.access = access;
        this.log = log;
    }

    @POST
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR })
    @Transactional
    @Operation(summary = "Register a resident", description = "Gives the resident a pseudonym, the only reference to them outside this service.")
    @APIResponse(responseCode = "201", description = "Registered")
    public Response register(@PathParam("ward") String ward, @Valid @NotNull RegisterResident request) {
        if (request.account() != null && Resident.count("account", request.account()) > 0) {
            throw ProblemException.unprocessable("account", new Objection("another resident of this ward already has this login",
                    "een andere bewoner van deze wijk heeft deze inlog al"));
        }
        Resident r = new Resident();
        r.id = UUID.randomUUID();
        r.pseudonym = Resident.newPseudonym();
        r.name = request.name().strip();
        r.phone = request.phone();
        r.email = request.email();
        r.street = request.street();
        r.postalCode = request.postalCode();
        r.city = request.city();
        r.dateOfBirth = request.dateOfBirth();
        r.household = request.household();
        r.householdSize = request.householdSize();
        r.account = request.account();
        r.registeredBy = context.user();
        r.registeredByOrganisation = context.organisation();
        r.createdAt = Instant.now();
        r.persist();
        log.granted("resident.register", r.id, null);
        return Response.created(URI.create("/api/wards/" + ward + "/residents/" + r.id)).entity(ResidentView.of(r)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.RESIDENT })
    @Transactional
    @Operation(summary = "A resident's record", description = "Logged in the resident's access log.")
    @APIResponse(responseCode = "200", description = "The resident")
    public ResidentView get(@PathParam("ward") String ward, @PathParam("id") UUID id) {
        return ResidentView.of(access.forRead(id, "resident.read"));
    }

    @POST
    @Path("{id}/network")
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.RESIDENT })
    @Transactional
    @Operation(summary = "Add someone of the resident's own network (family, neighbour, volunteer)")
    @APIResponse(responseCode = "201", description = "Added")
    public Response addNetworkMember(@PathParam("ward") String ward, @PathParam("id") UUID id,
            @Valid @NotNull AddNetworkMember request) {
        Resident r = access.forChange(id, "resident.network.add");
        NetworkMember m = new NetworkMember();
        m.id = UUID.randomUUID();
        m.residentId = r.id;
        m.name = request.name().strip();
        m.relation = request.relation();
        m.contact = request.contact();
        m.createdAt = Instant.now();
        m.persist();
        return Response.created(URI.create("/api/wards/" + ward + "/residents/" + id + "/network/" + m.id))
                .entity(NetworkMemberView.of(m)).build();
    }

    @GET
    @Path("{id}/network")
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.RESIDENT })
    @Transactional
    @Operation(summary = "The resident's own network")
    @APIResponse(responseCode = "200", description = "Network members")
    public List<NetworkMemberView> network(@PathParam("ward") String ward, @PathParam("id") UUID id) {
        Resident r = access.forRead(id, "resident.network.read");
        return NetworkMember.<NetworkMember> list("residentId = ?1 order by createdAt", r.id).stream()
                .map(NetworkMemberView::of).toList();
    }
}
