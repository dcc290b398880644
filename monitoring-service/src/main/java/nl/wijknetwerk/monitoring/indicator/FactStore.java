package nl.wijknetwerk.monitoring.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.wijknetwerk.monitoring.facts.FactQueries;
import nl.wijknetwerk.monitoring.imports.KpiImport;

/**
 * Reads a ward's facts. Besides the tenant filter of the session, every query names the ward: a comparison reads
 * as the root tenant and must still get one ward's rows per call.
 */
@ApplicationScoped
public class FactStore {

    private final FactQueries facts;
    private final KpiImport imports;

    public FactStore(FactQueries facts, KpiImport imports) {
        this.facts = facts;
        this.imports = imports;
    }

    @Transactional
    public WardFacts load(String ward) {
        return new WardFacts(ward,
                facts.cases(ward),
                facts.mdos(ward),
                facts.agreements(ward),
                facts.wellbeing(ward),
                facts.analyses(ward),
                facts.barriers(ward),
                facts.initiatives(ward),
                facts.leersessies(ward),
                facts.professionals(ward),
                facts.pulses(ward),
                facts.budgets(ward),
                facts.spending(ward),
                facts.commitments(ward),
                imports.importedOf(ward));
    }
}
