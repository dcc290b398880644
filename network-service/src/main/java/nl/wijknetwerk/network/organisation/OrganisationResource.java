package nl.wijknetwerk.network.organisation;

import java.net.URI;
import java.time.Instant;
import java.util.List;

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

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.network.organisation.OrganisationApi.OrganisationView;
import nl.wijknetwerk.network.organisation.OrganisationApi.RegisterOrganisation;
import nl.wijknetwerk.shared.partner.PartnerOperation;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;

/** The register of partner organisations, shared by every ward. */
@Path("/api/organisations")
@Tag(name = "Organisations")
@Authenticated
public class OrganisationResource {

    private final PartnerReads partners;

    public OrganisationResource(PartnerReads partners) {
        this.partners = partners;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(summary = "Register a partner organisation", description = "It takes part in no ward until it joins one.")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "409", description = "The id is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Valid @NotNull RegisterOrganisation request) {
        if (Organisation.findById(request.id()) != null) {
            throw ProblemException.conflict("duplicate", "Already exists", new Objection("An organisation '" + request.id() + "' already exists",
                    "Er is al een organisatie '" + request.id() + "'"), "id", new Objection("already taken", "is al in gebruik"));
        }
        Organisation organisation = new Organisation();
        organisation.id = request.id();
        organisation.name = request.name();
        organisation.sector = request.sector();
        organisation.createdAt = Instant.now();
        organisation.persist();
        return Response.created(URI.create("/api/organisations/" + organisation.id)).entity(OrganisationView.of(organisation)).build();
    }

    @GET
    @Operation(summary = "Every registered partner organisation", description = "Not for a partner system (403): it reads only its own organisation.")
    public List<OrganisationView> list() {
        return Organisation.<Organisation> listAll(Sort.by("name")).stream().map(OrganisationView::of).toList();
    }

    @GET
    @Path("{id}")
    @PartnerOperation
    @Tag(name = "partner")
    @Operation(summary = "One partner organisation (a partner system: only its own)")
    @APIResponse(responseCode = "404", description = "Unknown organisation, or (to a partner system) another organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrganisationView get(@PathParam("id") String id) {
        return partners.logged("partner.organisation.read", id, () -> Organisation.<Organisation> findByIdOptional(id)
                .filter(o -> partners.maySee(o.id)).map(OrganisationView::of)
                .orElseThrow(() -> ProblemException.notFound("organisation", id)));
    }
}
