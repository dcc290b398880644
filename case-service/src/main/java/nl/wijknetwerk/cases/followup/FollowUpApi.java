package nl.wijknetwerk.cases.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the follow-up list. */
public final class FollowUpApi {

    private FollowUpApi() {
    }

    /** One declined case with its follow-up contact: ids and dates only, nothing of the resident's story. */
    public record FollowUp(UUID caseId, LocalDate declinedOn, LocalDate followUpOn, FollowUpStatus status,
            @Schema(description = "the account that opened the case") String professional) {
    }

    public record FollowUps(LocalDate on,
            @Schema(description = "how many follow-up contacts in the whole list are past their date") long overdue,
            @Schema(description = "how many follow-up contacts the whole list holds") long total,
            @Schema(description = "a page of the list, earliest follow-up date first") List<FollowUp> cases) {
    }
}
