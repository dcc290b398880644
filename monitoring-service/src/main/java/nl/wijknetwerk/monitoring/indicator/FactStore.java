package nl.wijknetwerk.monitoring.indicator;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.wijknetwerk.monitoring.MonitoringConfig;
import nl.wijknetwerk.monitoring.facts.AgreementFact;
import nl.wijknetwerk.monitoring.facts.AnalysisFact;
import nl.wijknetwerk.monitoring.facts.BarrierFact;
import nl.wijknetwerk.monitoring.facts.BudgetFact;
import nl.wijknetwerk.monitoring.facts.CaseFact;
import nl.wijknetwerk.monitoring.facts.CommitmentFact;
import nl.wijknetwerk.monitoring.facts.FactQueries;
import nl.wijknetwerk.monitoring.facts.FactVersions;
import nl.wijknetwerk.monitoring.facts.InitiativeState;
import nl.wijknetwerk.monitoring.facts.LeersessieFact;
import nl.wijknetwerk.monitoring.facts.MdoFact;
import nl.wijknetwerk.monitoring.facts.ProfessionalFact;
import nl.wijknetwerk.monitoring.facts.PulseFact;
import nl.wijknetwerk.monitoring.facts.SpendingFact;
import nl.wijknetwerk.monitoring.facts.WellbeingFact;
import nl.wijknetwerk.monitoring.imports.KpiImport;

/**
 * Reads a ward's facts. A replica keeps the facts of the wards read most recently in memory, as of a version of them
 * ({@link FactVersions}), and on the next read fetches only the rows written after that version (the database stamps
 * every fact row with the version that wrote it, and within a ward those versions follow the commits): while events
 * stream in, a KPI page is computed from the few rows that changed instead of from all of a ward's facts read again.
 * After a rebuild wiped the facts, or for a ward not held, every row is read. The rows come from the database on every
 * replica alike, so replicas need not see the same events; one ward's rows are only ever held under that ward.
 */
@ApplicationScoped
public class FactStore {

    private final FactQueries queries;
    private final FactVersions versions;
    private final KpiImport imports;
    private final Map<String, Held> held;

    public FactStore(FactQueries queries, FactVersions versions, KpiImport imports, MonitoringConfig config) {
        this.queries = queries;
        this.versions = versions;
        this.imports = imports;
        int wards = Math.max(1, config.wardsInMemory());
        this.held = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Held> eldest) {
                return size() > wards;
            }
        };
    }

    /** The ward's facts as of now (at least the version current when called). */
    @Transactional
    public WardFacts load(String ward) {
        FactVersions.State state = versions.state(ward); // before the rows: what they show is at least this version
        Held facts;
        synchronized (held) {
            facts = held.computeIfAbsent(ward, Held::new);
        }
        synchronized (facts) {
            if (facts.snapshot == null || facts.version != state.version()) {
                boolean whole = facts.snapshot == null || state.wiped() > facts.version;
                if (whole) {
                    facts.rows.clear();
                }
                long since = whole ? -1 : facts.version;
                for (Class<?> kind : FactQueries.KINDS) {
                    Map<Object, Object> rows = facts.rows.computeIfAbsent(kind, k -> new LinkedHashMap<>());
                    for (Object row : queries.changedSince(kind, ward, since)) {
                        rows.put(queries.id(row), row);
                    }
                }
                facts.version = state.version();
                facts.snapshot = facts.snapshot();
            }
            return facts.snapshot;
        }
    }

    /** A ward's facts held in memory: the rows by kind and id, and the lists the indicators read (copies). */
    private final class Held {
        final String ward;
        final Map<Class<?>, Map<Object, Object>> rows = new HashMap<>();
        long version = -1;
        WardFacts snapshot;

        Held(String ward) {
            this.ward = ward;
        }

        // The imported values are few and read whole: an import raises the version like any other change.
        WardFacts snapshot() {
            return new WardFacts(ward, list(CaseFact.class), list(MdoFact.class), list(AgreementFact.class),
                    list(WellbeingFact.class), list(AnalysisFact.class), list(BarrierFact.class), list(InitiativeState.class),
                    list(LeersessieFact.class), list(ProfessionalFact.class), list(PulseFact.class), list(BudgetFact.class),
                    list(SpendingFact.class), list(CommitmentFact.class), imports.importedOf(ward));
        }

        @SuppressWarnings("unchecked")
        <T> List<T> list(Class<T> kind) {
            return List.copyOf((Collection<T>) rows.getOrDefault(kind, Map.of()).values());
        }
    }
}
