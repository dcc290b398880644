package nl.wijknetwerk.network.ward;

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

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import nl.wijknetwerk.api.Caller;
import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.network.organisation.WardNetworkAnnouncer;
import nl.wijknetwerk.network.ward.WardApi.OnboardWard;
import nl.wijknetwerk.network.ward.WardApi.StatusChange;
import nl.wijknetwerk.network.ward.WardApi.WardView;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.Callers;
import nl.wijknetwerk.shared.ward.Ward;
import nl.wijknetwerk.shared.ward.WardAdministration;

/** Wards (tenants): onboarding is data, not a deploy; every service learns of a new ward from its event. */
@Path("/api/wards")
@Tag(name = "Wards")
@Authenticated
public class WardResource {

    private static final String DEFAULT_ZONE = "Europe/Amsterdam";

    private final Outbox outbox;
    private final SecurityIdentity identity;
    private final WardNetworkAnnouncer network;

    public WardResource(Outbox outbox, SecurityIdentity identity, WardNetworkAnnouncer network) {
        this.outbox = outbox;
        this.identity = identity;
        this.network = network;
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
        if (WardEntity.findById(request.slug()) != null) {
            throw new ProblemException(409, "duplicate", "Already exists", "A ward '" + request.slug() + "' already exists",
                    List.of(new Problem.FieldError("slug", "already taken")));
        }
        WardEntity ward = new WardEntity();
        ward.slug = request.slug();
        ward.name = request.name();
        ward.municipality = request.municipality();
        ward.timeZone = request.timeZone() == null ? DEFAULT_ZONE : request.timeZone();
        ward.startDate = request.startDate();
        ward.status = Ward.Status.ACTIVE;
        ward.createdAt = Instant.now();
        ward.persist();
        outbox.publish(EventTypes.WARD_ONBOARDED, ward.slug, ward.slug,
                new WardApi.WardOnboarded(ward.slug, ward.name, ward.municipality, ward.timeZone, ward.startDate));
        network.announce(ward.slug);
        return Response.created(URI.create("/api/wards/" + ward.slug)).entity(WardView.of(ward)).build();
    }

    @GET
    @Operation(summary = "The wards the caller may act in (all of them for a coordinator)")
    public List<WardView> list() {
        Caller caller = Callers.of(identity);
        return WardEntity.<WardEntity> listAll(io.quarkus.panache.common.Sort.by("slug")).stream()
                .filter(w -> caller.mayActIn(w.slug))
                .map(WardView::of).toList();
    }

    @GET
    @Path("{ward}")
    @Operation(summary = "One ward")
    public WardView get(@PathParam("ward") String slug) {
        return WardView.of(find(slug));
    }

    @POST
    @Path("{ward}/suspension")
    @RolesAllowed(Roles.COORDINATOR)
    @WardAdministration
    @Transactional
    @Operation(summary = "Suspend a ward: it stays readable everywhere but accepts no changes")
    public WardView suspend(@PathParam("ward") String slug, @Valid StatusChange change) {
        return changeStatus(slug, Ward.Status.SUSPENDED, change);
    }

    @POST
    @Path("{ward}/activation")
    @RolesAllowed(Roles.COORDINATOR)
    @WardAdministration
    @Transactional
    @Operation(summary = "Activate a suspended ward again")
    public WardView activate(@PathParam("ward") String slug, @Valid StatusChange change) {
        return changeStatus(slug, Ward.Status.ACTIVE, change);
    }

    private WardView changeStatus(String slug, Ward.Status status, StatusChange change) {
        WardEntity ward = find(slug);
        if (ward.status == status) {
            throw ProblemException.conflict("Ward '" + slug + "' is already " + status.name().toLowerCase());
        }
        ward.status = status;
        String type = status == Ward.Status.SUSPENDED ? EventTypes.WARD_SUSPENDED : EventTypes.WARD_ACTIVATED;
        outbox.publish(type, slug, slug, new WardApi.WardStatusChanged(slug, change == null ? null : change.reason()));
        return WardView.of(ward);
    }

    private static WardEntity find(String slug) {
        return WardEntity.<WardEntity> findByIdOptional(slug).orElseThrow(() -> ProblemException.notFound("ward", slug));
    }
}
