package nl.wijknetwerk.cases.plan;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.cases.casefile.CaseAccess;
import nl.wijknetwerk.cases.casefile.CaseFile;
import nl.wijknetwerk.cases.plan.PlanApi.AgreePlan;
import nl.wijknetwerk.cases.plan.PlanApi.AgreementView;
import nl.wijknetwerk.cases.plan.PlanApi.CompleteAgreement;
import nl.wijknetwerk.cases.plan.PlanApi.DropAgreement;
import nl.wijknetwerk.cases.plan.PlanApi.PlanView;
import nl.wijknetwerk.shared.problem.ProblemException;

/** The Samenwerkplan of a case: goals, the chosen solution and the agreements, in versions. */
@Path("/api/wards/{ward}/cases/{id}/plan")
@Tag(name = "Samenwerkplan")
public class PlanResource {

    private final CaseAccess access;
    private final PlanService plans;

    public PlanResource(CaseAccess access, PlanService plans) {
        this.access = access;
        this.plans = plans;
    }

    @PUT
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR })
    @Transactional
    @Operation(summary = "Agree the Samenwerkplan (a new version)",
            description = "Needs a held MDO; a closed or declined case gets 409. Funded provisions become budget commitments through the plan-agreed event.")
    @APIResponse(responseCode = "200", description = "The agreed version")
    public PlanView agree(@PathParam("ward") String ward, @PathParam("id") UUID id, @Valid @NotNull AgreePlan request) {
        CaseFile c = access.forChange(id, "plan.agree");
        PlanVersion p = plans.agree(c, request);
        return PlanView.of(p, agreementsOf(p));
    }

    @GET
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.MANAGER, Roles.RESIDENT })
    @Transactional
    @Operation(summary = "The current version of the plan")
    @APIResponse(responseCode = "200", description = "The plan with its agreements")
    public PlanView current(@PathParam("ward") String ward, @PathParam("id") UUID id) {
        CaseFile c = access.forRead(id, "plan.read");
        PlanVersion p = PlanVersion.<PlanVersion> find("caseId = ?1 order by version desc", c.id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("plan of case", id));
        return PlanView.forCaller(p, agreementsOf(p), access);
    }

    @GET
    @Path("versions/{version}")
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.MANAGER, Roles.RESIDENT })
    @Transactional
    @Operation(summary = "One earlier version of the plan, as it was agreed (with its agreements' current status)")
    @APIResponse(responseCode = "200", description = "The version")
    public PlanView version(@PathParam("ward") String ward, @PathParam("id") UUID id, @PathParam("version") int version) {
        CaseFile c = access.forRead(id, "plan.read");
        PlanVersion p = PlanVersion.<PlanVersion> find("caseId = ?1 and version = ?2", c.id, version).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("plan version", version));
        return PlanView.forCaller(p, agreementsOf(p), access);
    }

    @POST
    @Path("agreements/{agreement}/done")
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR })
    @Transactional
    @Operation(summary = "Mark an agreement as carried out")
    @APIResponse(responseCode = "200", description = "Done")
    public AgreementView done(@PathParam("ward") String ward, @PathParam("id") UUID id,
            @PathParam("agreement") UUID agreementId, @Valid CompleteAgreement request) {
        CaseFile c = access.forChange(id, "agreement.complete");
        return AgreementView.of(plans.complete(c, find(c, agreementId), request == null ? null : request.completedOn()));
    }

    @POST
    @Path("agreements/{agreement}/dropped")
    @RolesAllowed({ Roles.PROFESSIONAL, Roles.COORDINATOR })
    @Transactional
    @Operation(summary = "Drop an agreement, with the reason")
    @APIResponse(responseCode = "200", description = "Dropped; its budget commitment is released")
    public AgreementView dropped(@PathParam("ward") String ward, @PathParam("id") UUID id,
            @PathParam("agreement") UUID agreementId, @Valid @NotNull DropAgreement request) {
        CaseFile c = access.forChange(id, "agreement.drop");
        return AgreementView.of(plans.drop(c, find(c, agreementId), request.reason(), request.droppedOn()));
    }

    static List<Agreement> agreementsOf(PlanVersion p) {
        return Agreement.list("planVersionId = ?1 order by position", p.id);
    }

    private static Agreement find(CaseFile c, UUID agreementId) {
        Agreement a = Agreement.findById(agreementId);
        if (a == null || !a.caseId.equals(c.id)) {
            throw ProblemException.notFound("agreement", agreementId);
        }
        return a;
    }
}
