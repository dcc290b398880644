package nl.wijknetwerk.monitoring.facts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.jpa.HibernateHints;

/**
 * The facts the consumers recorded, one kind at a time, for the indicators to read. The tenant filter of the session
 * does not apply to these queries, so every one names the ward: a comparison reads as the root tenant and must still
 * get one ward's rows.
 */
@ApplicationScoped
public class FactQueries {

    /** Every kind of fact with its table (each has the column changed_version, see V47). */
    public static final Map<Class<?>, String> TABLES = tables();

    private final EntityManager em;

    public FactQueries(EntityManager em) {
        this.em = em;
    }

    /** The ward's facts of a kind written after the given version of its facts (all of them for -1), read-only. */
    @SuppressWarnings("unchecked")
    public <T> List<T> changedSince(Class<T> kind, String ward, long version) {
        return em.createNativeQuery("select * from " + TABLES.get(kind) + " where ward = :ward and changed_version > :version", kind)
                .setParameter("ward", ward).setParameter("version", version)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }

    /** A fact's primary key. */
    public Object id(Object fact) {
        return em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(fact);
    }

    private static Map<Class<?>, String> tables() {
        Map<Class<?>, String> tables = new LinkedHashMap<>();
        tables.put(CaseFact.class, "case_fact");
        tables.put(MdoFact.class, "mdo_fact");
        tables.put(AgreementFact.class, "agreement_fact");
        tables.put(WellbeingFact.class, "wellbeing_fact");
        tables.put(AnalysisFact.class, "analysis_fact");
        tables.put(BarrierFact.class, "barrier_fact");
        tables.put(InitiativeState.class, "initiative_state");
        tables.put(LeersessieFact.class, "leersessie_fact");
        tables.put(ProfessionalFact.class, "professional_fact");
        tables.put(PulseFact.class, "pulse_fact");
        tables.put(BudgetFact.class, "budget_fact");
        tables.put(SpendingFact.class, "spending_fact");
        tables.put(CommitmentFact.class, "commitment_fact");
        return java.util.Collections.unmodifiableMap(tables);
    }
}
