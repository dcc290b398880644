package nl.wijknetwerk.network.professional;

import java.net.URI;
import java.util.List;

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
import nl.wijknetwerk.network.organisation.PartnerReads;
import nl.wijknetwerk.network.professional.ProfessionalApi.ChangeProfessional;
import nl.wijknetwerk.network.professional.ProfessionalApi.ProfessionalView;
import nl.wijknetwerk.network.professional.ProfessionalApi.RegisterProfessional;
import nl.wijknetwerk.shared.partner.PartnerOperation;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardContext;

/** The professionals of a ward network (white-label: residents see the network, not the employer). */
@Path("/api/wards/{ward}/professionals")
@Tag(name = "Professionals")
@Authenticated
public class ProfessionalResource {

    private final ProfessionalService professionals;
    private final WardContext context;
    private final PartnerReads partners;

    public ProfessionalResource(ProfessionalService professionals, WardContext context, PartnerReads partners) {
        this.professionals = professionals;
        this.context = context;
        this.partners = partners;
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
        Professional professional = professionals.register(ward, request);
        return Response.created(URI.create("/api/wards/" + ward + "/professionals/" + professional.accountId))
                .entity(ProfessionalView.of(professional)).build();
    }

    @GET
    @PartnerOperation
    @Tag(name = "partner")
    @Operation(summary = "The professionals of the ward network (a partner system: only its own organisation's)",
            description = "?active=true for those working in it now. Residents and other outsiders do not see the employer (white-label). "
                    + "A partner system gets only its own organisation's professionals, whose account ids its agreements name.")
    public List<ProfessionalView> list(@PathParam("ward") String ward, @QueryParam("active") Boolean active) {
        return partners.logged("partner.professionals.list", ward, () -> {
            List<Professional> all = active == null ? Professional.listAll(Sort.by("name"))
                    : Professional.list("active", Sort.by("name"), active);
            return all.stream().filter(p -> partners.maySee(p.organisationId)).map(this::shown).toList();
        });
    }

    @GET
    @Path("{id}")
    @PartnerOperation
    @Tag(name = "partner")
    @Operation(summary = "One professional of the ward network, by account id (a partner system: only its own organisation's)")
    @APIResponse(responseCode = "404", description = "Not in this ward's network, or (to a partner system) of another organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProfessionalView get(@PathParam("ward") String ward, @PathParam("id") String id) {
        return partners.logged("partner.professional.read", id, () -> {
            Professional professional = professionals.find(id);
            if (!partners.maySee(professional.organisationId)) {
                throw ProblemException.notFound("professional", id);
            }
            return shown(professional);
        });
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
        return ProfessionalView.of(professionals.change(ward, id, request));
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
        return ProfessionalView.of(professionals.markAmbassador(ward, id));
    }
}
