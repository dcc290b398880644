package nl.wijknetwerk.monitoring.facts;

import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionScoped;
import jakarta.transaction.Transactional;

/**
 * The version of each ward's facts: raised, in the same transaction, by everything that changes what a ward's
 * indicators are computed from, so a snapshot of the indicators taken at a version is valid exactly while that
 * version is current (see {@code KpiSnapshots}). Raised once per ward per transaction, whatever the number of facts.
 */
@ApplicationScoped
public class FactVersions {

    private final EntityManager em;
    private final RaisedInThisTransaction raised;
    private final Event<Changed> changed;

    public FactVersions(EntityManager em, RaisedInThisTransaction raised, Event<Changed> changed) {
        this.em = em;
        this.raised = raised;
        this.changed = changed;
    }

    /**
     * A ward's facts changed ({@code ward} null: every ward's), fired in the transaction that changes them; observe it
     * with {@code during = AFTER_SUCCESS} to learn of it once they are committed. {@code byHand}: every stored page of
     * the ward is to be computed afresh, not only the current ones (a KPI import, a rebuild).
     */
    public record Changed(String ward, boolean byHand) {
    }

    /** The ward's facts change in the current transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changing(String ward) {
        if (raised.first(ward)) {
            em.createNativeQuery("""
                    insert into ward_fact_version (ward, version) values (:ward, 1)
                    on conflict (ward) do update set version = ward_fact_version.version + 1""")
                    .setParameter("ward", ward).executeUpdate();
            changed.fire(new Changed(ward, false));
        }
    }

    /**
     * The ward's facts change by someone's hand (a KPI import): as {@link #changing}, and the ward's stored pages are
     * not shown for their max-age either, so the person who changed them sees the change on the next read.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changingByHand(String ward) {
        changing(ward);
        em.createNativeQuery("update kpi_snapshot set computed_at = '-infinity' where ward = :ward").setParameter("ward", ward)
                .executeUpdate();
        changed.fire(new Changed(ward, true));
    }

    /** Every ward's facts change (a rebuild wipes them); no stored page is shown any more. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void allChanging() {
        em.createNativeQuery("update ward_fact_version set version = version + 1, wiped = version + 1").executeUpdate();
        em.createNativeQuery("update kpi_snapshot set computed_at = '-infinity'").executeUpdate();
        changed.fire(new Changed(null, true));
    }

    /** The current version of a ward's facts; 0 before the first change. */
    @Transactional
    public long current(String ward) {
        return state(ward).version();
    }

    /** The current version of a ward's facts and the version at which they were last wiped; 0 and 0 before any change. */
    @Transactional
    public State state(String ward) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select coalesce(max(version), 0), coalesce(max(wiped), 0) from ward_fact_version where ward = :ward""")
                .setParameter("ward", ward).getSingleResult();
        return new State(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** @param wiped the version at which every fact was deleted (a rebuild): facts read before it are gone */
    public record State(long version, long wiped) {
    }

    /** The wards whose version the current transaction has raised already. */
    @TransactionScoped
    static class RaisedInThisTransaction {
        private final Set<String> wards = new HashSet<>();

        /** @return true the first time the ward is named in this transaction (a method: the bean is a proxy) */
        boolean first(String ward) {
            return wards.add(ward);
        }
    }
}
