package nl.wijknetwerk.monitoring.indicator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import nl.wijknetwerk.monitoring.MonitoringConfig;
import nl.wijknetwerk.monitoring.catalogue.Catalogue;
import nl.wijknetwerk.monitoring.facts.FactVersions;

/**
 * The KPI page of a ward, kept in the database until the ward's facts change: a repeated read is one primary-key
 * read, on any replica. A snapshot is stored with the version of the ward's facts that was current before they were
 * read ({@link FactVersions}, raised in the same transaction as every change of them), so it never shows less than
 * that version; once a newer version commits, the snapshot no longer matches and the page is computed afresh — but
 * not before it is {@code wijknetwerk.monitoring.kpi-page.max-age} old (250 ms): while events stream in, the page is
 * computed about four times a second instead of on every read, by one reader at a time (the others get the stored
 * page meanwhile), and shows an event at most that much plus one computation later.
 * Another ward's facts have a version of their own and leave the snapshot alone.
 * <p>
 * Each replica also holds the pages it read last, each for as long as the database said it may be shown (a current
 * page for max-age from that moment, an outdated one for what is left of its max-age): within that time a read costs
 * no query at all, and an event still shows within max-age plus one computation. Facts this replica changes itself
 * (its consumers, a KPI import) drop the ward's held current pages once committed, so here they show on the next read
 * as before; only another replica's changes wait for the hold to run out.
 */
@ApplicationScoped
public class KpiSnapshots {

    /** At most this many wards' pages held per replica, and this many pages (periods and days) per ward. */
    private static final int HELD_WARDS = 2_000;
    private static final int HELD_PAGES_PER_WARD = 64;

    private final EntityManager em;
    private final FactVersions versions;
    private final ObjectMapper mapper;
    private final String build;
    private final long maxAgeMillis;
    /** Ward → (period and day → page). */
    private final Map<String, Map<String, Held>> held = new ConcurrentHashMap<>();

    /**
     * A page this replica may show without asking the database until {@code untilNanos} ({@link System#nanoTime});
     * {@code current}: it was of the ward's current version when read.
     */
    private record Held(String body, long untilNanos, boolean current) {
    }

    /** A stored page, for how much longer it may be shown (milliseconds), and whether it is of the current version. */
    private record Stored(String body, long showForMillis, boolean current) {
    }

    public KpiSnapshots(EntityManager em, FactVersions versions, ObjectMapper mapper, Catalogue catalogue, MonitoringConfig config,
            @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev") String applicationVersion) {
        this.em = em;
        this.maxAgeMillis = config.kpiPage().maxAge().toMillis();
        this.versions = versions;
        this.mapper = mapper;
        // A build with other indicators (or other formulas, which ship with a new version) never reads an old page.
        this.build = applicationVersion + "/" + Integer.toHexString(catalogue.indicators().toString().hashCode());
    }

    /**
     * The ward's page for the period as of today, as JSON: the stored one while it is current (sent as stored, neither
     * read nor written again), else computed and stored.
     */
    public String page(String ward, Period period, LocalDate today, Supplier<KpiView.WardKpis> compute) {
        String key = period.label() + '/' + today;
        Held known = held.getOrDefault(ward, Map.of()).get(key);
        if (known != null && System.nanoTime() - known.untilNanos() < 0) {
            return known.body();
        }
        Optional<Stored> stored = find(ward, period.label(), today);
        if (stored.isPresent()) {
            return hold(ward, key, stored.get());
        }
        // Outdated: one reader (on any replica) claims the recomputation by marking the stored page computed now; the
        // others meanwhile get that page for another max-age instead of all computing the same page at once.
        if (!claim(ward, period.label(), today)) {
            Optional<Stored> claimed = find(ward, period.label(), today);
            if (claimed.isPresent()) {
                return hold(ward, key, claimed.get());
            }
        }
        long version = versions.current(ward); // before the facts are read: the page shows at least this version
        String page = write(compute.get());
        store(ward, period.label(), today, version, page);
        return hold(ward, key, new Stored(page, maxAgeMillis, true));
    }

    private String hold(String ward, String key, Stored stored) {
        long showFor = Math.min(stored.showForMillis(), maxAgeMillis);
        if (showFor > 0) {
            if (held.size() >= HELD_WARDS) {
                held.clear(); // rarely read wards go; the next read of each asks again
            }
            Map<String, Held> pages = held.computeIfAbsent(ward, w -> new ConcurrentHashMap<>());
            if (pages.size() >= HELD_PAGES_PER_WARD) {
                pages.clear(); // pages of past days go
            }
            pages.put(key, new Held(stored.body(), System.nanoTime() + showFor * 1_000_000, stored.current()));
        }
        return stored.body();
    }

    /**
     * Facts committed here: the ward's held pages that were current are asked for again on the next read. A page held as
     * outdated already stays until its max-age ends, as the database would give it: so while events stream into a busy
     * ward its page is still read from memory between computations. A change by hand (a KPI import; a rebuild, for
     * every ward) drops every held page, as it makes the database compute every stored page afresh.
     */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) FactVersions.Changed changed) {
        if (changed.ward() == null) {
            held.clear();
        } else if (changed.byHand()) {
            held.remove(changed.ward());
        } else {
            held.computeIfPresent(changed.ward(), (ward, pages) -> {
                pages.values().removeIf(Held::current);
                return pages.isEmpty() ? null : pages;
            });
        }
    }

    /** A page as stored, read back (for those who need more than to send it on). */
    public KpiView.WardKpis read(String page) {
        try {
            return mapper.readValue(page, KpiView.WardKpis.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored KPI page cannot be read", e);
        }
    }

    /** A page as JSON. */
    public String write(KpiView.WardKpis page) {
        try {
            return mapper.writeValueAsString(page);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("KPI page of " + page.ward() + " cannot be written as JSON", e);
        }
    }

    /** Whether this reader is the one to compute the outdated page: false when another claimed it within its max-age. */
    private boolean claim(String ward, String period, LocalDate today) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                update kpi_snapshot set computed_at = clock_timestamp()
                where ward = :ward and period = :period and today = :today and build = :build
                  and computed_at <= clock_timestamp() - :maxAge * interval '1 millisecond'""")
                .setParameter("maxAge", maxAgeMillis).setParameter("ward", ward).setParameter("period", period)
                .setParameter("today", today).setParameter("build", build).executeUpdate()) > 0;
    }

    /** The stored page while it may be shown: current (for max-age from now), or outdated for less than max-age. */
    private Optional<Stored> find(String ward, String period, LocalDate today) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                select s.body, case when s.version = coalesce(v.version, 0) then :maxAge
                    else :maxAge - extract(epoch from clock_timestamp() - s.computed_at) * 1000 end,
                    s.version = coalesce(v.version, 0)
                from kpi_snapshot s left join ward_fact_version v on v.ward = s.ward
                where s.ward = :ward and s.period = :period and s.today = :today and s.build = :build
                  and (s.version = coalesce(v.version, 0) or s.computed_at > clock_timestamp() - :maxAge * interval '1 millisecond')""")
                    .setParameter("maxAge", maxAgeMillis).setParameter("ward", ward).setParameter("period", period).setParameter("today", today)
                    .setParameter("build", build).getResultList();
            return rows.stream().findFirst().map(r -> new Stored((String) r[0], ((Number) r[1]).longValue(), (Boolean) r[2]));
        });
    }

    /** Keeps the newest version of a page; pages of earlier days go. */
    private void store(String ward, String period, LocalDate today, long version, String body) {
        QuarkusTransaction.joiningExisting().run(() -> {
            em.createNativeQuery("""
                insert into kpi_snapshot (ward, period, today, build, version, body, computed_at)
                values (:ward, :period, :today, :build, :version, :body, clock_timestamp())
                on conflict (ward, period, today, build) do update set version = excluded.version, body = excluded.body,
                    computed_at = excluded.computed_at
                where kpi_snapshot.version <= excluded.version""")
                    .setParameter("ward", ward).setParameter("period", period).setParameter("today", today)
                    .setParameter("build", build).setParameter("version", version).setParameter("body", body).executeUpdate();
            em.createNativeQuery("delete from kpi_snapshot where ward = :ward and today < :today")
                    .setParameter("ward", ward).setParameter("today", today).executeUpdate();
        });
    }
}
