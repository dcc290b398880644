package nl.wijknetwerk.budget.commitment;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/** How other features read the commitments of a year, without querying them themselves. */
@ApplicationScoped
public class CommitmentQueries {

    /** The year's commitments, active or released, oldest first. */
    public List<Commitment> ofYear(int year) {
        return Commitment.ofYear(year);
    }
}
