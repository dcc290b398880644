package nl.wijknetwerk.cases.microanalysis;

import java.util.List;
import java.util.UUID;

/**
 * Which cases a micro-analysis sample is drawn from: the cases handled "volgens de Samenwerkwijze", i.e. with a
 * Samenwerkplan agreed (a plan is only agreed at a held MDO). An open case that never reached the kitchen table has
 * no solution to price, and a declined case has no help at all.
 */
public final class SamplePopulation {

    /** A case as the sample sees it. */
    public record Candidate(UUID id, boolean declined, boolean planAgreed) {
    }

    private SamplePopulation() {
    }

    public static List<UUID> of(List<Candidate> cases) {
        return cases.stream().filter(c -> !c.declined() && c.planAgreed()).map(Candidate::id).toList();
    }
}
