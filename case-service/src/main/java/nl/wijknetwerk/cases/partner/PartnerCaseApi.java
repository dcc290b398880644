package nl.wijknetwerk.cases.partner;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.wijknetwerk.cases.casefile.CaseFile;
import nl.wijknetwerk.cases.plan.Agreement;
import nl.wijknetwerk.cases.plan.FundedProvision;

/**
 * What a partner system gets to see of a case: only what its organisation's agreements need. The case by its
 * (pseudonymous) id and status, and the organisation's own agreements: what, by whom of theirs, by when, and the
 * provision it funds. Deliberately no resident, name, question, intake or other organisation's agreement.
 */
public final class PartnerCaseApi {

    private PartnerCaseApi() {
    }

    @Schema(name = "PartnerCase", examples = """
            {"caseId": "0b6f3a52-8f43-4b8e-9d59-0c7e1f0b9a11", "caseStatus": "PLAN_AGREED", "planVersion": 1,
             "agreements": [{"agreementId": "5c1d3f0e-2a7b-4c4e-8f7d-7a5b9c3d2e10", "what": "Urgentie en passende woning regelen",
                             "professionalId": "bram", "dueOn": "2027-02-01", "status": "OPEN"}]}""")
    public record PartnerCase(UUID caseId, CaseFile.Status caseStatus, int planVersion, List<PartnerAgreement> agreements) {
    }

    @Schema(name = "PartnerAgreement")
    public record PartnerAgreement(UUID agreementId, String what, String professionalId, LocalDate dueOn,
            Agreement.Status status, LocalDate completedOn, LocalDate droppedOn, PartnerProvision provision) {

        static PartnerAgreement of(Agreement a) {
            FundedProvision p = a.provision;
            return new PartnerAgreement(a.id, a.what, a.professionalId, a.dueOn, a.status, a.completedOn, a.droppedOn,
                    p == null || p.category == null ? null : new PartnerProvision(p.category, p.providerId, p.kind, p.yearlyCents()));
        }
    }

    public record PartnerProvision(FundedProvision.Category category, String providerId, String kind, Long yearlyCents) {
    }
}
