package nl.wijknetwerk.cases.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Removes what is past its retention period in the current ward, and says what the periods are. A closed case goes
 * with everything recorded at it (intake, MDOs, plans and agreements, barriers, measurements, micro-analyses,
 * consents); a resident's record goes once none of her cases is left; access log lines go after their own term (at
 * least five years, which the database enforces too). Called inside a transaction, in one ward's tenant.
 */
@ApplicationScoped
public class Retention {

    /** NEN 7513: the access log is kept at least this long. */
    static final Period ACCESS_LOG_MINIMUM = Period.ofYears(5);

    /** One kind of record and how long it is kept, for the resident's file and the docs. */
    public record Term(String record, String kept, Period period) {
    }

    /** What one run removed. */
    public record Removed(int accessLogLines, int cases, int residents) {
    }

    // Children before parents; every statement limited to the ward, as native SQL bypasses the tenant filter.
    private static final String CASES = "(select id from case_file where ward = :ward and status = 'CLOSED' and closed_on < :before)";
    private static final List<String> CASE_RECORDS = List.of(
            "delete from barrier where case_id in " + CASES,
            "delete from agreement where case_id in " + CASES,
            "delete from micro_analysis_line where analysis_id in (select id from micro_analysis where case_id in " + CASES + ")",
            "delete from micro_analysis where case_id in " + CASES,
            "delete from wellbeing_measurement where case_id in " + CASES,
            "delete from consent where case_id in " + CASES,
            "delete from plan_version where case_id in " + CASES,
            "delete from mdo_participant where mdo_id in (select id from mdo where case_id in " + CASES + ")",
            "delete from mdo where case_id in " + CASES,
            "delete from intake_version where case_id in " + CASES,
            "delete from triage_route_change where case_id in " + CASES,
            "delete from case_organisation where case_id in " + CASES);
    private static final String RESIDENTS = "(select r.id from resident r where r.ward = :ward and r.created_at < :since "
            + "and not exists (select 1 from case_file c where c.resident_id = r.id) "
            + "and not exists (select 1 from consent k where k.resident_id = r.id) "
            + "and not exists (select 1 from mdo_participant p where p.resident_id = r.id))";

    private final RetentionConfig config;
    private final EntityManager em;

    public Retention(RetentionConfig config, EntityManager em) {
        this.config = config;
        this.em = em;
    }

    public List<Term> periods() {
        return List.of(
                new Term("access log", "ten minste 5 jaar na de toegang (NEN 7513) / at least 5 years after the access", accessLog()),
                new Term("closed case with its intake, MDOs, plans, agreements, barriers, measurements, micro-analyses and consents",
                        "na het sluiten van de casus / after the case was closed", config.closedCase()),
                new Term("resident's record and network", "na registratie, zodra er geen casus meer is / after registration, once no case is left",
                        config.resident()),
                new Term("open or declined case", "zolang de casus loopt / while the case runs", null));
    }

    public Removed purge(String ward, LocalDate today, ZoneId zone) {
        Instant logBefore = today.minus(accessLog()).atStartOfDay(zone).toInstant();
        int lines = em.createNativeQuery("delete from access_log where ward = :ward and at < :before")
                .setParameter("ward", ward).setParameter("before", logBefore).executeUpdate();

        LocalDate closedBefore = today.minus(config.closedCase());
        for (String statement : CASE_RECORDS) {
            em.createNativeQuery(statement).setParameter("ward", ward).setParameter("before", closedBefore).executeUpdate();
        }
        int cases = em.createNativeQuery("delete from case_file where id in " + CASES)
                .setParameter("ward", ward).setParameter("before", closedBefore).executeUpdate();

        Instant registeredBefore = today.minus(config.resident()).atStartOfDay(zone).toInstant();
        em.createNativeQuery("delete from network_member where resident_id in " + RESIDENTS)
                .setParameter("ward", ward).setParameter("since", registeredBefore).executeUpdate();
        int residents = em.createNativeQuery("delete from resident where id in " + RESIDENTS)
                .setParameter("ward", ward).setParameter("since", registeredBefore).executeUpdate();
        em.clear();
        return new Removed(lines, cases, residents);
    }

    private Period accessLog() {
        Period configured = config.accessLog();
        LocalDate probe = LocalDate.of(2000, 1, 1);
        return probe.plus(configured).isBefore(probe.plus(ACCESS_LOG_MINIMUM)) ? ACCESS_LOG_MINIMUM : configured;
    }
}
