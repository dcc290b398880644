package nl.wijknetwerk.monitoring.facts;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;

import org.hibernate.jpa.HibernateHints;

/**
 * The facts the consumers recorded, one kind at a time, for the indicators to read. The tenant filter of the session
 * does not apply to these queries, so every one names the ward: a comparison reads as the root tenant and must still
 * get one ward's rows.
 */
@ApplicationScoped
public class FactQueries {

    /** Every kind of fact (each of their tables has the column changed_version, see V47). */
    public static final List<Class<?>> KINDS = List.of(CaseFact.class, MdoFact.class, AgreementFact.class, WellbeingFact.class,
            AnalysisFact.class, BarrierFact.class, InitiativeState.class, LeersessieFact.class, ProfessionalFact.class,
            PulseFact.class, BudgetFact.class, SpendingFact.class, CommitmentFact.class);

    private final EntityManager em;

    public FactQueries(EntityManager em) {
        this.em = em;
    }

    /** The ward's facts of a kind written after the given version of its facts (all of them for -1), read-only. */
    @SuppressWarnings("unchecked")
    public <T> List<T> changedSince(Class<T> kind, String ward, long version) {
        return em.createNativeQuery("select * from " + table(kind) + " where ward = :ward and changed_version > :version", kind)
                .setParameter("ward", ward).setParameter("version", version)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }

    /** A fact's primary key. */
    public Object id(Object fact) {
        return em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(fact);
    }

    /** The table of a kind of fact, as its entity names it. */
    public static String table(Class<?> kind) {
        return kind.getAnnotation(Table.class).name();
    }
}
