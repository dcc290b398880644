package nl.wijknetwerk.cases.wellbeing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What wellbeing measurements and micro-analyses need to know about the cases of the current ward, under the case
 * access rule: one seam, so these features do not depend on how cases, plans and access are stored.
 */
public interface CaseLookup {

    /** A case as these features see it: pseudonymous, no question text, no personal data. */
    record CaseSummary(UUID id, LocalDate openedOn, Optional<LocalDate> planAgreedOn, String professional,
            Optional<String> residentPseudonym) {
    }

    /**
     * The case if the caller may read it, else a 404 problem (also for another ward's case). Logged as access.
     *
     * @param action what the caller does with it, for the access log (e.g. "wellbeing.read")
     */
    CaseSummary forRead(UUID caseId, String action);

    /** As {@link #forRead}, for a change to what is recorded about the case. */
    CaseSummary forChange(UUID caseId, String action);

    /**
     * For the resident's own wellbeing score: a resident may record it on their own case (they score it, nobody
     * else); anyone else needs the right to change the case, as in {@link #forChange}.
     */
    CaseSummary forScore(UUID caseId, String action);

    /**
     * The caller is a manager only: she sees when a case's measurements are due and taken, not the resident's scores
     * (those reach managers only as averages over groups, from monitoring-service).
     */
    boolean readerIsManagerOnly();

    /** The ward's cases that still run (not closed or declined) and that the caller may read. */
    List<CaseSummary> runningVisible();

    /**
     * Every case of the ward handled "volgens de Samenwerkwijze" (a plan agreed, not declined): the population a
     * micro-analysis sample is drawn from.
     */
    List<UUID> population();
}
