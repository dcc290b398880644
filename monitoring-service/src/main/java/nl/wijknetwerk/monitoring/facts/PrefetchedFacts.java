package nl.wijknetwerk.monitoring.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionScoped;

import org.hibernate.Session;

/**
 * The facts a transaction's events will look up, read before the first event is applied in one query per kind: a fact
 * found is then in the session (looking it up again costs no query), a fact not found is remembered as absent, so a
 * poll of new cases costs no select per case. Only what this transaction wrote or read can change the answer, and it
 * goes through {@link #created}.
 */
@TransactionScoped
class PrefetchedFacts {

    private final Map<Class<?>, Set<UUID>> absent = new HashMap<>();

    /** Reads the facts of each kind by id (in the session's ward); remembers those that do not exist. */
    void read(EntityManager em, Map<Class<?>, Set<UUID>> wanted) {
        Session session = em.unwrap(Session.class);
        wanted.forEach((kind, ids) -> {
            List<UUID> asked = new ArrayList<>(new LinkedHashSet<>(ids));
            List<?> found = session.findMultiple(kind, asked);
            Set<UUID> missing = absent.computeIfAbsent(kind, k -> new HashSet<>());
            for (int i = 0; i < asked.size(); i++) {
                if (found.get(i) == null) {
                    missing.add(asked.get(i));
                }
            }
        });
    }

    /** Whether the fact is known not to exist (false when it was not read ahead: then look it up). */
    boolean absent(Class<?> kind, UUID id) {
        return absent.getOrDefault(kind, Set.of()).contains(id);
    }

    /** The fact is being created in this transaction: from now on it is in the session. */
    void created(Class<?> kind, UUID id) {
        Set<UUID> missing = absent.get(kind);
        if (missing != null) {
            missing.remove(id);
        }
    }
}
