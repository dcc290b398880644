package nl.wijknetwerk.cases.wellbeing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What wellbeing measurements and micro-analyses need to know about a case, and the access rule for it: one seam
 * so these features do not depend on how cases, plans and access are stored.
 */
public interface CaseLookup {

    /** A case as these features see it: pseudonymous, no question text, no personal data. */
    record CaseSummary(UUID id, LocalDate openedOn, Optional<LocalDate> planAgreedOn, String professional,
            Optional<String> residentPseudonym) {
    }

    /**
     * The case if the caller may work on it, else a 404 problem (also for another ward's case or one the caller's
     * organisation may not see).
     *
     * @param action what the caller does with it, for the access log (e.g. "wellbeing.record")
     */
    CaseSummary require(String ward, UUID caseId, String action);

    /** The cases of the current ward that still run (not closed), for due lists and samples. */
    List<CaseSummary> running();
}
