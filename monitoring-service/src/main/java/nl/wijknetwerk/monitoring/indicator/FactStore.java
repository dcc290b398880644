package nl.wijknetwerk.monitoring.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import nl.wijknetwerk.monitoring.facts.AgreementFact;
import nl.wijknetwerk.monitoring.facts.AnalysisFact;
import nl.wijknetwerk.monitoring.facts.BarrierFact;
import nl.wijknetwerk.monitoring.facts.BudgetFact;
import nl.wijknetwerk.monitoring.facts.CaseFact;
import nl.wijknetwerk.monitoring.facts.CommitmentFact;
import nl.wijknetwerk.monitoring.facts.InitiativeState;
import nl.wijknetwerk.monitoring.facts.LeersessieFact;
import nl.wijknetwerk.monitoring.facts.MdoFact;
import nl.wijknetwerk.monitoring.facts.ProfessionalFact;
import nl.wijknetwerk.monitoring.facts.PulseFact;
import nl.wijknetwerk.monitoring.facts.SpendingFact;
import nl.wijknetwerk.monitoring.facts.WellbeingFact;
import nl.wijknetwerk.monitoring.imports.ImportedValue;

/**
 * Reads a ward's facts. Besides the tenant filter of the session, every query names the ward: a comparison reads
 * as the root tenant and must still get one ward's rows per call.
 */
@ApplicationScoped
public class FactStore {

    private final EntityManager em;

    public FactStore(EntityManager em) {
        this.em = em;
    }

    /** Loaded read-only: the facts are neither snapshotted for dirty checking nor flushed. */
    @Transactional
    public WardFacts load(String ward) {
        Session session = em.unwrap(Session.class);
        boolean before = session.isDefaultReadOnly();
        session.setDefaultReadOnly(true);
        try {
            return new WardFacts(ward,
                    CaseFact.list("ward", ward),
                    MdoFact.list("ward", ward),
                    AgreementFact.list("ward", ward),
                    WellbeingFact.list("ward", ward),
                    AnalysisFact.list("ward", ward),
                    BarrierFact.list("ward", ward),
                    InitiativeState.list("ward", ward),
                    LeersessieFact.list("ward", ward),
                    ProfessionalFact.list("ward", ward),
                    PulseFact.list("ward", ward),
                    BudgetFact.list("ward", ward),
                    SpendingFact.list("ward", ward),
                    CommitmentFact.list("ward", ward),
                    ImportedValue.list("ward", ward));
        } finally {
            session.setDefaultReadOnly(before);
        }
    }
}
