package nl.wijknetwerk.budget.allocation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/** How other features read a year's allocation and its providers, without querying them themselves. */
@ApplicationScoped
public class AllocationQueries {

    /** Every line of the year's allocation, by category and provider. */
    public List<Allocation> of(UUID budgetId) {
        return Allocation.of(budgetId);
    }

    /** One line: a provider's, or (provider {@code null}) a category's. */
    public Optional<Allocation> line(UUID budgetId, Category category, String providerId) {
        return Allocation.line(budgetId, category, providerId);
    }

    /** What is allocated of the year's budget in all. */
    public long totalCents(UUID budgetId) {
        return Allocation.totalCents(budgetId);
    }

    /** What is allocated to one category. */
    public long categoryCents(UUID budgetId, Category category) {
        return Allocation.categoryCents(budgetId, category);
    }

    /** The providers' names by organisation id. */
    public Map<String, String> providerNames() {
        Map<String, String> names = new HashMap<>();
        Provider.<Provider> listAll().forEach(p -> names.put(p.organisationId, p.name));
        return names;
    }

    /** Whether the organisation is a provider in the financial experiment during the year. */
    public boolean inExperiment(String organisationId, int year) {
        return Provider.byOrganisation(organisationId).filter(p -> p.inExperimentDuring(year)).isPresent();
    }
}
