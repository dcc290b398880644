package nl.wijknetwerk.cases.partner;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import nl.wijknetwerk.cases.casefile.CaseFile;
import nl.wijknetwerk.cases.partner.PartnerCaseApi.PartnerAgreement;
import nl.wijknetwerk.cases.partner.PartnerCaseApi.PartnerCase;
import nl.wijknetwerk.cases.plan.Agreement;
import nl.wijknetwerk.cases.plan.PlanApi.CompleteAgreement;
import nl.wijknetwerk.cases.plan.PlanApi.DropAgreement;
import nl.wijknetwerk.cases.plan.PlanService;
import nl.wijknetwerk.cases.plan.PlanQueries;
import nl.wijknetwerk.shared.partner.PartnerCapability;

/**
 * The partner API of case-service: a partner organisation's own system (role {@code partner-system}) reads the
 * cases its organisation has a part in and carries out its own agreements. Only for its organisation (the token's
 * {@code organisation} claim) in the wards of its token; see {@link PartnerCaseAccess} for what it may see.
 */
@Path("/api/wards/{ward}/partner-cases")
@Tag(name = "partner", description = "For a partner organisation's own system (client credentials, role partner-system): its organisation's part, nothing else")
@RolesAllowed(PartnerCapability.ROLE)
public class PartnerCaseResource {

    private final SecurityIdentity identity;
    private final PartnerCaseAccess access;
    private final PlanService plans;
    private final PlanQueries planQueries;

    public PartnerCaseResource(SecurityIdentity identity, PartnerCaseAccess access, PlanService plans, PlanQueries planQueries) {
        this.identity = identity;
        this.access = access;
        this.plans = plans;
        this.planQueries = planQueries;
    }

    @GET
    @Transactional
    @Operation(summary = "The cases your organisation has agreements in, with those agreements",
            description = "Cases whose current Samenwerkplan gives your organisation an agreement (the resident consented to share the case with the organisations at the table). "
                    + "Only the case id and status and your own agreements; no personal data. A page of at most 200 cases (page counts from 0); each case shown is in the access log.")
    @APIResponse(responseCode = "200", description = "One page of cases")
    public List<PartnerCase> list(@PathParam("ward") String ward,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(200) int size) {
        String organisation = PartnerCapability.CASES.require(identity);
        return access.visibleCaseIds(organisation, page, size).stream()
                .map(id -> view(access.forOrganisation(id, organisation, "partner.case.read"), organisation)).toList();
    }

    @GET
    @Path("{id}")
    @Transactional
    @Operation(summary = "One case your organisation has agreements in, with those agreements")
    @APIResponse(responseCode = "200", description = "The case as your organisation may see it")
    @APIResponse(responseCode = "404", description = "No such case here, or your organisation has no agreement in its current plan")
    public PartnerCase get(@PathParam("ward") String ward, @PathParam("id") UUID id) {
        String organisation = PartnerCapability.CASES.require(identity);
        return view(access.forOrganisation(id, organisation, "partner.case.read"), organisation);
    }

    @POST
    @Path("{id}/agreements/{agreement}/done")
    @Transactional
    @Operation(summary = "Mark one of your organisation's agreements as carried out")
    @APIResponse(responseCode = "200", description = "Done")
    @APIResponse(responseCode = "404", description = "Not an agreement of your organisation in this case's current plan")
    @APIResponse(responseCode = "409", description = "Already done, dropped or superseded, or the case is closed")
    public PartnerAgreement done(@PathParam("ward") String ward, @PathParam("id") UUID id,
            @PathParam("agreement") UUID agreementId, @Valid CompleteAgreement request) {
        String organisation = PartnerCapability.AGREEMENTS.require(identity);
        CaseFile c = access.forOrganisation(id, organisation, "partner.agreement.complete");
        Agreement a = access.agreement(c, agreementId, organisation, "partner.agreement.complete");
        return PartnerAgreement.of(plans.complete(c, a, request == null ? null : request.completedOn()));
    }

    @POST
    @Path("{id}/agreements/{agreement}/dropped")
    @Transactional
    @Operation(summary = "Drop one of your organisation's agreements, with the reason")
    @APIResponse(responseCode = "200", description = "Dropped; its budget commitment is released")
    @APIResponse(responseCode = "404", description = "Not an agreement of your organisation in this case's current plan")
    @APIResponse(responseCode = "409", description = "Already done, dropped or superseded, or the case is closed")
    public PartnerAgreement dropped(@PathParam("ward") String ward, @PathParam("id") UUID id,
            @PathParam("agreement") UUID agreementId, @Valid @NotNull DropAgreement request) {
        String organisation = PartnerCapability.AGREEMENTS.require(identity);
        CaseFile c = access.forOrganisation(id, organisation, "partner.agreement.drop");
        Agreement a = access.agreement(c, agreementId, organisation, "partner.agreement.drop");
        return PartnerAgreement.of(plans.drop(c, a, request.reason(), request.droppedOn()));
    }

    private PartnerCase view(CaseFile c, String organisation) {
        List<Agreement> agreements = access.agreements(c.id, organisation);
        return new PartnerCase(c.id, c.status, planQueries.versionNumber(agreements.get(0).planVersionId), agreements.stream().map(PartnerAgreement::of).toList());
    }
}
