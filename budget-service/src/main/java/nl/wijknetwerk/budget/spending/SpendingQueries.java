package nl.wijknetwerk.budget.spending;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import nl.wijknetwerk.budget.allocation.Category;

/** How other features read the spending of a year, without querying it themselves. */
@ApplicationScoped
public class SpendingQueries {

    /** The year's spending, recorded, waiting for approval or rejected, oldest first. */
    public List<Spending> ofYear(int year) {
        return Spending.ofYear(year);
    }

    /** A provider's spending of the year, oldest first. */
    public List<Spending> ofProvider(int year, String providerId) {
        return Spending.ofProvider(year, providerId);
    }

    /** The spending a provider recorded under its own reference, if any. */
    public Optional<Spending> byReference(String providerId, String externalReference) {
        return Spending.byReference(providerId, externalReference);
    }

    /** Recorded spending of the year on one allocation line. */
    public long recordedOnLine(int year, Category category, String providerId) {
        return Spending.recordedOnLine(year, category, providerId);
    }
}
