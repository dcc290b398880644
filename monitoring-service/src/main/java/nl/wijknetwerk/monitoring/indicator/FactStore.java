package nl.wijknetwerk.monitoring.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import nl.wijknetwerk.monitoring.facts.FactQueries;
import nl.wijknetwerk.monitoring.imports.KpiImport;

/**
 * Reads a ward's facts. Besides the tenant filter of the session, every query names the ward: a comparison reads
 * as the root tenant and must still get one ward's rows per call.
 */
@ApplicationScoped
public class FactStore {

    private final EntityManager em;
    private final FactQueries facts;
    private final KpiImport imports;

    public FactStore(EntityManager em, FactQueries facts, KpiImport imports) {
        this.em = em;
        this.facts = facts;
        this.imports = imports;
    }

    /** Loaded read-only: the facts are neither snapshotted for dirty checking nor flushed. */
    @Transactional
    public WardFacts load(String ward) {
        Session session = em.unwrap(Session.class);
        boolean before = session.isDefaultReadOnly();
        session.setDefaultReadOnly(true);
        try {
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
        } finally {
            session.setDefaultReadOnly(before);
        }
    }
}
