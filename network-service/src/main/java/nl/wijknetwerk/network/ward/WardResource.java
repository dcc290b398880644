package nl.wijknetwerk.network.ward;

import java.net.URI;
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

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import nl.wijknetwerk.api.Caller;
import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.network.ward.WardApi.OnboardWard;
import nl.wijknetwerk.network.ward.WardApi.StatusChange;
import nl.wijknetwerk.network.ward.WardApi.WardView;
import nl.wijknetwerk.network.organisation.PartnerReads;
import nl.wijknetwerk.shared.partner.PartnerOperation;
import nl.wijknetwerk.shared.ward.Callers;
import nl.wijknetwerk.shared.ward.Ward;
import nl.wijknetwerk.shared.ward.WardAdministration;

/** Wards (tenants): onboarding is data, not a deploy; every service learns of a new ward from its event. */
@Path("/api/wards")
@Tag(name = "Wards")
@Authenticated
public class WardResource {

    private final WardService wards;
    private final SecurityIdentity identity;
    private final PartnerReads partners;

    public WardResource(WardService wards, SecurityIdentity identity, PartnerReads partners) {
        this.partners = partners;
        this.wards = wards;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(summary = "Onboard a ward", description = "Creates the ward and emits ward.onboarded; every service then accepts it. "
            + "Organisations already registered for the ward (Ruwaard's seed network) are announced with organisation-joined.")
    @APIResponse(responseCode = "201", description = "Onboarded")
    @APIResponse(responseCode = "400", description = "Invalid slug, time zone or date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response onboard(@Valid @NotNull OnboardWard request) {
        WardEntity ward = wards.onboard(request);
        return Response.created(URI.create("/api/wards/" + ward.slug)).entity(WardView.of(ward)).build();
    }

    @GET
    @PartnerOperation
    @Tag(name = "partner")
    @Operation(summary = "The wards the caller may act in (all of them for a coordinator; for a partner system those of its token)")
    public List<WardView> list() {
        Caller caller = Callers.of(identity);
        return partners.logged("partner.wards.list", null, () -> WardEntity.<WardEntity> listAll(io.quarkus.panache.common.Sort.by("slug"))
                .stream().filter(w -> caller.mayActIn(w.slug)).map(WardView::of).toList());
    }

    @GET
    @Path("{ward}")
    @PartnerOperation
    @Tag(name = "partner")
    @Operation(summary = "One ward")
    public WardView get(@PathParam("ward") String slug) {
        return partners.logged("partner.ward.read", slug, () -> WardView.of(wards.find(slug)));
    }

    @POST
    @Path("{ward}/suspension")
    @RolesAllowed(Roles.COORDINATOR)
    @WardAdministration
    @Transactional
    @Operation(summary = "Suspend a ward: it stays readable everywhere but accepts no changes")
    public WardView suspend(@PathParam("ward") String slug, @Valid StatusChange change) {
        return WardView.of(wards.changeStatus(slug, Ward.Status.SUSPENDED, change));
    }

    @POST
    @Path("{ward}/activation")
    @RolesAllowed(Roles.COORDINATOR)
    @WardAdministration
    @Transactional
    @Operation(summary = "Activate a suspended ward again")
    public WardView activate(@PathParam("ward") String slug, @Valid StatusChange change) {
        return WardView.of(wards.changeStatus(slug, Ward.Status.ACTIVE, change));
    }
}
