package nl.wijknetwerk.network.webhook;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.network.webhook.WebhookApi.DeliveryView;
import nl.wijknetwerk.network.webhook.WebhookApi.EndpointView;
import nl.wijknetwerk.network.webhook.WebhookApi.EndpointWithSecret;
import nl.wijknetwerk.network.webhook.WebhookApi.RegisterWebhook;
import nl.wijknetwerk.shared.partner.PartnerAccessLog;
import nl.wijknetwerk.shared.partner.PartnerCapability;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.Callers;

/**
 * Webhook endpoints of a partner organisation. The coordinator registers, disables, enables, rotates and replays;
 * the organisation's own system (role partner-system) may read its own endpoints and delivery log, and each such
 * read, allowed or refused, is in the partner access log as that organisation's system.
 */
@Path("/api/organisations/{organisation}/webhooks")
@Tag(name = "partner")
public class WebhookResource {

    private final WebhookService webhooks;
    private final SecurityIdentity identity;
    private final PartnerAccessLog accessLog;

    public WebhookResource(WebhookService webhooks, SecurityIdentity identity, PartnerAccessLog accessLog) {
        this.webhooks = webhooks;
        this.identity = identity;
        this.accessLog = accessLog;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(summary = "Register an endpoint of the organisation's own system for the partner event types it wants",
            description = "https only (http to localhost only on the local platform). The answer holds the signing secret (whsec_…): hand it to the organisation; it is not shown again.")
    @APIResponse(responseCode = "201", description = "Registered and active")
    public Response register(@PathParam("organisation") String organisation, @Valid @NotNull RegisterWebhook request) {
        WebhookEndpoint e = webhooks.register(organisation, request, identity.getPrincipal().getName());
        return Response.created(URI.create("/api/organisations/" + organisation + "/webhooks/" + e.id))
                .entity(new EndpointWithSecret(EndpointView.of(e), e.secret)).build();
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, PartnerCapability.ROLE })
    @Operation(summary = "The organisation's endpoints (a partner system: only its own organisation's)")
    public List<EndpointView> list(@PathParam("organisation") String organisation) {
        return accessLog.logged("partner.webhooks.list", organisation, () -> {
            requireOwn(organisation);
            return WebhookEndpoint.<WebhookEndpoint> list("organisationId = ?1 order by createdAt", organisation).stream()
                    .map(EndpointView::of).toList();
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.COORDINATOR, PartnerCapability.ROLE })
    @Operation(summary = "One endpoint")
    public EndpointView get(@PathParam("organisation") String organisation, @PathParam("id") UUID id) {
        return accessLog.logged("partner.webhook.read", organisation + "/" + id, () -> {
            requireOwn(organisation);
            return EndpointView.of(endpoint(organisation, id));
        });
    }

    @POST
    @Path("{id}/disable")
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(summary = "Disable the endpoint: it gets nothing, its waiting deliveries are given up (replayable)")
    public EndpointView disable(@PathParam("organisation") String organisation, @PathParam("id") UUID id) {
        WebhookEndpoint e = endpoint(organisation, id);
        webhooks.disable(e, "disabled by " + identity.getPrincipal().getName());
        return EndpointView.of(e);
    }

    @POST
    @Path("{id}/enable")
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(summary = "Enable the endpoint again; events from now on are delivered")
    public EndpointView enable(@PathParam("organisation") String organisation, @PathParam("id") UUID id) {
        WebhookEndpoint e = endpoint(organisation, id);
        webhooks.enable(e);
        return EndpointView.of(e);
    }

    @POST
    @Path("{id}/secret-rotation")
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(summary = "Rotate the signing secret",
            description = "Deliveries carry a signature with the new and one with the previous secret until previousSecretValidUntil, so the receiver can switch without missing one.")
    public EndpointWithSecret rotate(@PathParam("organisation") String organisation, @PathParam("id") UUID id) {
        WebhookEndpoint e = endpoint(organisation, id);
        webhooks.rotate(e);
        return new EndpointWithSecret(EndpointView.of(e), e.secret);
    }

    @GET
    @Path("{id}/deliveries")
    @RolesAllowed({ Roles.COORDINATOR, PartnerCapability.ROLE })
    @Operation(summary = "The endpoint's delivery log, newest first, each delivery with its attempts")
    public List<DeliveryView> deliveries(@PathParam("organisation") String organisation, @PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return accessLog.logged("partner.webhook.deliveries.read", organisation + "/" + id, () -> {
            requireOwn(organisation);
            return WebhookService.deliveries(endpoint(organisation, id).id, page, size).stream().map(DeliveryView::of).toList();
        });
    }

    @POST
    @Path("{id}/deliveries/{delivery}/replay")
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Operation(summary = "Deliver again, as it was (same webhook-id), from now on")
    @APIResponse(responseCode = "409", description = "The endpoint is disabled")
    public DeliveryView replay(@PathParam("organisation") String organisation, @PathParam("id") UUID id,
            @PathParam("delivery") UUID deliveryId) {
        WebhookEndpoint e = endpoint(organisation, id);
        WebhookDelivery d = WebhookDelivery.findById(deliveryId);
        if (d == null || !d.endpointId.equals(e.id)) {
            throw ProblemException.notFound("delivery", deliveryId);
        }
        webhooks.replay(e, d);
        return DeliveryView.of(d);
    }

    /** A partner system reads only its own organisation's endpoints; another's are as if they did not exist. */
    private void requireOwn(String organisation) {
        if (!identity.hasRole(Roles.COORDINATOR) && !organisation.equals(Callers.of(identity).organisation())) {
            throw ProblemException.notFound("organisation", organisation);
        }
    }

    private static WebhookEndpoint endpoint(String organisation, UUID id) {
        WebhookEndpoint e = WebhookEndpoint.findById(id);
        if (e == null || !e.organisationId.equals(organisation)) {
            throw ProblemException.notFound("webhook endpoint", id);
        }
        return e;
    }
}
