package nl.wijknetwerk.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the case API. */
public final class CaseApi {

    private CaseApi() {
    }

    @Schema(name = "OpenCase", examples = """
            {"kind": "INDIVIDUAL", "residentId": "3f1c3a52-8d4e-4a8e-9a57-0c3c7e1b2d11",
             "question": "Wij willen verhuizen naar een rustigere buurt.",
             "lifeDomains": ["HOUSING", "HEALTH"], "startedBy": "PROFESSIONAL", "triageRoute": "INDIVIDUAL_AT_HOME"}""")
    public record OpenCase(
            @NotNull CaseFile.Kind kind,
            UUID residentId,
            @NotBlank @Size(max = 4000) String question,
            @Schema(description = "the life domains the question touches: wonen, financiën, gezondheid, psychische "
                    + "gezondheid, dagbesteding/werk, sociaal netwerk, opvoeding, veiligheid")
            @Size(max = 8) List<@NotNull LifeDomain> lifeDomains,
            @NotNull CaseFile.StartedBy startedBy,
            CaseFile.TriageRoute triageRoute) {
    }

    @Schema(name = "LinkResident", examples = """
            {"residentId": "3f1c3a52-8d4e-4a8e-9a57-0c3c7e1b2d11"}""")
    public record LinkResident(@NotNull UUID residentId) {
    }

    @Schema(name = "DeclineCase", examples = """
            {"followUpOn": "2026-03-01"}""")
    public record DeclineCase(@NotNull LocalDate followUpOn) {
    }

    @Schema(name = "CloseCase", examples = """
            {"reason": "GOALS_REACHED"}""")
    public record CloseCase(@NotNull CaseFile.CloseReason reason) {
    }

    public record CaseView(UUID id, String ward, CaseFile.Kind kind, UUID residentId, String question,
            List<String> lifeDomains, CaseFile.StartedBy startedBy, CaseFile.TriageRoute triageRoute,
            CaseFile.Status status, String openedBy, String openedByOrganisation, LocalDate openedOn, Instant createdAt,
            LocalDate declinedOn, LocalDate followUpOn, CaseFile.CloseReason closeReason, LocalDate closedOn,
            @Schema(description = "The organisations that see the case now, by the resident's consent or because they opened it; "
                    + "the decisions themselves are under …/consents") List<String> sharedWith) {

        static CaseView of(CaseFile c) {
            return of(c, CaseOrganisation.<CaseOrganisation> list("caseId = ?1 and scope = ?2 order by since, organisation",
                    c.id, CaseOrganisation.Scope.CASE).stream().map(o -> o.organisation).toList());
        }

        /** A case just opened: only the organisation that opened it sees it yet ({@code CaseAccess.admitOpener}). */
        static CaseView opened(CaseFile c) {
            return of(c, c.openedByOrganisation == null ? List.of() : List.of(c.openedByOrganisation));
        }

        private static CaseView of(CaseFile c, List<String> sharedWith) {
            return new CaseView(c.id, c.ward, c.kind, c.residentId, c.question, List.copyOf(c.lifeDomains), c.startedBy,
                    c.triageRoute, c.status, c.openedBy, c.openedByOrganisation, c.openedOn, c.createdAt, c.declinedOn,
                    c.followUpOn, c.closeReason, c.closedOn, sharedWith);
        }

        /** What a manager needs of a case: its course, not the resident, her question or her life domains. */
        static CaseView forManager(CaseFile c) {
            CaseView full = of(c);
            return new CaseView(full.id(), full.ward(), full.kind(), null, null, List.of(), full.startedBy(),
                    full.triageRoute(), full.status(), null, full.openedByOrganisation(), full.openedOn(), full.createdAt(),
                    full.declinedOn(), full.followUpOn(), full.closeReason(), full.closedOn(), full.sharedWith());
        }

        static CaseView forCaller(CaseFile c, CaseAccess access) {
            return access.isManagerOnly() ? forManager(c) : of(c);
        }
    }

    /** Payload of case.opened: pseudonymous, never the question text or a name. */
    public record CaseOpened(UUID caseId, CaseFile.Kind kind, String residentPseudonym, CaseFile.StartedBy startedBy,
            String organisation, List<String> lifeDomains, CaseFile.TriageRoute triageRoute, LocalDate openedOn) {
    }

    public record CaseDeclined(UUID caseId, LocalDate followUpOn) {
    }

    public record CaseClosed(UUID caseId, CaseFile.CloseReason reason, LocalDate closedOn) {
    }
}
