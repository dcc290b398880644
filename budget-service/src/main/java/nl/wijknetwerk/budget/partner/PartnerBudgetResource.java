package nl.wijknetwerk.budget.partner;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import nl.wijknetwerk.budget.partner.PartnerBudgetApi.Declaration;
import nl.wijknetwerk.budget.partner.PartnerBudgetApi.PartnerBudget;
import nl.wijknetwerk.budget.spending.Spending;
import nl.wijknetwerk.budget.spending.SpendingApi.SpendingView;
import nl.wijknetwerk.budget.spending.SpendingService;
import nl.wijknetwerk.shared.partner.PartnerAccessLog;
import nl.wijknetwerk.shared.partner.PartnerCapability;

/**
 * The partner API of budget-service: a provider's own system declares its spending of the financial experiment
 * and reads its own line of the ward budget. The organisation is always the token's; another organisation's line
 * or declaration cannot be named at all. Everything the system does here, allowed or refused, is in the partner
 * access log as that organisation's system.
 */
@Path("/api/wards/{ward}/partner-budget/{year}")
@Tag(name = "partner")
@RolesAllowed(PartnerCapability.ROLE)
public class PartnerBudgetResource {

    private final SecurityIdentity identity;
    private final PartnerBudgetService partnerBudget;
    private final PartnerAccessLog accessLog;

    public PartnerBudgetResource(SecurityIdentity identity, PartnerBudgetService partnerBudget, PartnerAccessLog accessLog) {
        this.identity = identity;
        this.partnerBudget = partnerBudget;
        this.accessLog = accessLog;
    }

    @GET
    @Operation(summary = "Your organisation's line of the year: allocation with its lump-sum part, spending, commitments",
            description = "Commitments name cases and agreements only by id.")
    @APIResponse(responseCode = "200", description = "Your line")
    @APIResponse(responseCode = "403", description = "Your organisation does not take part in the financial experiment that year")
    @APIResponse(responseCode = "404", description = "No budget for that year in this ward")
    public PartnerBudget line(@PathParam("ward") String ward, @PathParam("year") @Min(2000) @Max(2100) int year) {
        return accessLog.logged("partner.budget.read", Integer.toString(year),
                () -> partnerBudget.line(year, PartnerCapability.BUDGET.require(identity)));
    }

    @POST
    @Path("declarations")
    @Operation(summary = "Declare spending of your organisation (idempotent by your own reference)",
            description = "Recorded on your organisation's PROVIDER line. The same reference again answers the declaration recorded first (200) and changes nothing; the same reference with other details is a 422.")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "200", description = "Known already by your reference; nothing changed")
    @APIResponse(responseCode = "202", description = "Past what is left of your allocation: waits for the controller's approval")
    @APIResponse(responseCode = "403", description = "Your organisation does not take part in the financial experiment that year")
    @APIResponse(responseCode = "409", description = "The year is settled")
    @APIResponse(responseCode = "422", description = "Past what is left of the allocation without asking for approval, or the reference was used with other details")
    @Transactional
    public Response declare(@PathParam("ward") String ward, @PathParam("year") @Min(2000) @Max(2100) int year,
            @Valid @NotNull Declaration request) {
        return accessLog.logged("partner.declaration.submit", year + "/" + request.reference(), () -> {
            SpendingService.Outcome outcome = partnerBudget.declare(ward, year, PartnerCapability.DECLARATIONS.require(identity), request);
            Spending s = outcome.spending();
            if (!outcome.created()) {
                return Response.ok(SpendingView.of(s)).build();
            }
            Response.Status status = s.status == Spending.Status.PENDING_APPROVAL ? Response.Status.ACCEPTED : Response.Status.CREATED;
            return Response.status(status).location(URI.create("/api/wards/" + ward + "/partner-budget/" + year + "/declarations/"
                    + s.externalReference)).entity(SpendingView.of(s)).build();
        });
    }

    @GET
    @Path("declarations")
    @Operation(summary = "Your organisation's declarations of the year, with their status")
    public List<SpendingView> declarations(@PathParam("ward") String ward, @PathParam("year") @Min(2000) @Max(2100) int year) {
        return accessLog.logged("partner.declaration.list", Integer.toString(year), () -> {
            return partnerBudget.declarations(year, PartnerCapability.DECLARATIONS.require(identity));
        });
    }

    @GET
    @Path("declarations/{reference}")
    @Operation(summary = "One of your organisation's declarations, by your reference")
    @APIResponse(responseCode = "404", description = "Your organisation declared nothing under that reference this year")
    public SpendingView declaration(@PathParam("ward") String ward, @PathParam("year") @Min(2000) @Max(2100) int year,
            @PathParam("reference") String reference) {
        return accessLog.logged("partner.declaration.read", year + "/" + reference, () -> {
            return partnerBudget.declaration(year, PartnerCapability.DECLARATIONS.require(identity), reference);
        });
    }
}
