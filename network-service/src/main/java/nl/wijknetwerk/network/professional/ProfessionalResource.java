package nl.wijknetwerk.network.professional;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.network.leerplan.LeerplanService;
import nl.wijknetwerk.network.leerplan.LeerplanStep;
import nl.wijknetwerk.network.organisation.Participation;
import nl.wijknetwerk.network.professional.Professional.Role;
import nl.wijknetwerk.network.professional.ProfessionalApi.ChangeProfessional;
import nl.wijknetwerk.network.professional.ProfessionalApi.ProfessionalJoined;
import nl.wijknetwerk.network.professional.ProfessionalApi.ProfessionalLeft;
import nl.wijknetwerk.network.professional.ProfessionalApi.ProfessionalView;
import nl.wijknetwerk.network.professional.ProfessionalApi.RegisterProfessional;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardCalendar;
import nl.wijknetwerk.shared.ward.WardContext;

/** The professionals of a ward network (white-label: residents see the network, not the employer). */
@Path("/api/wards/{ward}/professionals")
@Tag(name = "Professionals")
@Authenticated
public class ProfessionalResource {

    private final Outbox outbox;
    private final WardContext context;
    private final WardCalendar calendar;
    private final LeerplanService leerplan;

    public ProfessionalResource(Outbox outbox, WardContext context, WardCalendar calendar, LeerplanService leerplan) {
        this.outbox = outbox;
        this.context = context;
        this.calendar = calendar;
        this.leerplan = leerplan;
    }

    @POST
    @RolesAllowed({ Roles.COORDINATOR, Roles.MANAGER })
    @Transactional
    @Operation(summary = "A professional joins the ward network",
            description = "Their organisation must take part in the ward. Emits professional-joined.")
    @APIResponse(responseCode = "201", description = "Joined")
    @APIResponse(responseCode = "409", description = "The account already belongs to this ward's network",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Their organisation does not take part in this ward, or roles name AMBASSADOR",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@PathParam("ward") String ward, @Valid @NotNull RegisterProfessional request) {
        if (Professional.byAccount(request.accountId()).isPresent()) {
            throw new ProblemException(409, "duplicate", "Already exists",
                    "'" + request.accountId() + "' is already in the network of ward '" + ward + "'",
                    List.of(new Problem.FieldError("accountId", "already in this ward's network")));
        }
        requireTakesPart(ward, request.organisationId());
        Professional professional = new Professional();
        professional.id = UUID.randomUUID();
        professional.ward = context.requireWard();
        professional.accountId = request.accountId();
        professional.name = request.name();
        professional.organisationId = request.organisationId();
        professional.discipline = request.discipline();
        professional.roles = assignableRoles(request.roles());
        professional.active = true;
        professional.joinedOn = calendar.today(ward);
        professional.persist();
        announceJoined(professional);
        return Response.created(URI.create("/api/wards/" + ward + "/professionals/" + professional.accountId))
                .entity(ProfessionalView.of(professional)).build();
    }

    @GET
    @Operation(summary = "The professionals of the ward network",
            description = "?active=true for those working in it now. Residents and other outsiders do not see the employer (white-label).")
    public List<ProfessionalView> list(@PathParam("ward") String ward, @QueryParam("active") Boolean active) {
        List<Professional> all = active == null ? Professional.listAll(Sort.by("name"))
                : Professional.list("active", Sort.by("name"), active);
        return all.stream().map(this::shown).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One professional of the ward network, by account id")
    @APIResponse(responseCode = "404", description = "Not in this ward's network",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProfessionalView get(@PathParam("ward") String ward, @PathParam("id") String id) {
        return shown(find(id));
    }

    private ProfessionalView shown(Professional professional) {
        boolean insideTheNetwork = context.hasRole(Roles.PROFESSIONAL) || context.hasRole(Roles.MANAGER)
                || context.hasRole(Roles.COORDINATOR) || context.hasRole(Roles.DIRECTOR);
        ProfessionalView view = ProfessionalView.of(professional);
        return insideTheNetwork ? view : view.withoutOrganisation();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.MANAGER })
    @Transactional
    @Operation(summary = "Change a professional's details, or let them leave (active=false) or return",
            description = "Leaving emits professional-left; returning or moving to another organisation emits professional-joined.")
    @APIResponse(responseCode = "422", description = "The organisation does not take part in this ward",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProfessionalView change(@PathParam("ward") String ward, @PathParam("id") String id, @Valid @NotNull ChangeProfessional request) {
        Professional professional = find(id);
        boolean wasActive = professional.active;
        String formerOrganisation = professional.organisationId;
        boolean moves = !formerOrganisation.equals(request.organisationId());
        if (request.active() && (moves || !wasActive)) {
            requireTakesPart(ward, request.organisationId());
        }
        List<String> roles = assignableRoles(request.roles());
        if (professional.has(Role.AMBASSADOR)) {
            roles.add(Role.AMBASSADOR.name()); // only a manager marks or unmarks an ambassador
        }
        professional.name = request.name();
        professional.organisationId = request.organisationId();
        professional.discipline = request.discipline();
        professional.roles = roles;
        professional.active = request.active();
        if (wasActive && (!request.active() || moves)) {
            professional.leftOn = request.active() ? null : calendar.today(ward);
            outbox.publish(EventTypes.PROFESSIONAL_LEFT, ward, professional.accountId, new ProfessionalLeft(professional.accountId, formerOrganisation));
        }
        if (request.active() && (!wasActive || moves)) {
            professional.leftOn = null;
            announceJoined(professional);
        }
        return ProfessionalView.of(professional);
    }

    @POST
    @Path("{id}/ambassador")
    @RolesAllowed(Roles.MANAGER)
    @Transactional
    @Operation(summary = "A manager marks the professional as ambassador of the way of working in their own organisation",
            description = "Only a manager of the professional's organisation (token claim organisation). Completes the leerplan step AMBASSADOR.")
    @APIResponse(responseCode = "403", description = "The manager is of another organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The professional has left the ward network",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProfessionalView markAmbassador(@PathParam("ward") String ward, @PathParam("id") String id) {
        Professional professional = find(id);
        if (!professional.organisationId.equals(context.organisation())) {
            throw ProblemException.forbidden("Only a manager of " + professional.organisationId + " marks its ambassadors");
        }
        if (!professional.active) {
            throw ProblemException.conflict("'" + id + "' has left the network of ward '" + ward + "'");
        }
        if (!professional.has(Role.AMBASSADOR)) {
            professional.roles = new ArrayList<>(professional.roles);
            professional.roles.add(Role.AMBASSADOR.name());
            leerplan.credit(ward, professional.accountId, LeerplanStep.AMBASSADOR, "ambassador", calendar.today(ward));
        }
        return ProfessionalView.of(professional);
    }

    private void announceJoined(Professional p) {
        outbox.publish(EventTypes.PROFESSIONAL_JOINED, p.ward, p.accountId,
                new ProfessionalJoined(p.accountId, p.organisationId, p.discipline, p.roles.isEmpty() ? null : p.roles.stream().sorted().toList()));
    }

    private static void requireTakesPart(String ward, String organisationId) {
        if (Participation.current(organisationId).isEmpty()) {
            throw ProblemException.unprocessable("organisationId",
                    "organisation '" + organisationId + "' does not take part in ward '" + ward + "'");
        }
    }

    private static List<String> assignableRoles(Set<Role> roles) {
        if (roles == null) {
            return new ArrayList<>();
        }
        if (roles.contains(Role.AMBASSADOR)) {
            throw ProblemException.unprocessable("roles", "AMBASSADOR is marked by a manager through …/ambassador");
        }
        return new ArrayList<>(roles.stream().map(Role::name).collect(Collectors.toCollection(TreeSet::new)));
    }

    static Professional find(String accountId) {
        return Professional.byAccount(accountId).orElseThrow(() -> ProblemException.notFound("professional", accountId));
    }
}
