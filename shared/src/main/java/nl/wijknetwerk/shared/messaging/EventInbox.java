package nl.wijknetwerk.shared.messaging;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Remembers which events a consumer has processed, in the same transaction as the effect of processing them:
 * a redelivered event finds its id and is skipped, so at-least-once delivery has exactly-once effects.
 */
@ApplicationScoped
public class EventInbox {

    private static final int CHUNK = 500;

    private final EntityManager em;

    public EventInbox(EntityManager em) {
        this.em = em;
    }

    /** @return true the first time this consumer sees the event, false on every redelivery */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId) {
        int inserted = em.createNativeQuery("""
                insert into processed_event (consumer, event_id, processed_at) values (:consumer, :id, now())
                on conflict do nothing""")
                .setParameter("consumer", consumer).setParameter("id", eventId).executeUpdate();
        return inserted == 1;
    }

    /**
     * Records a whole poll's events at once: one statement per {@value #CHUNK} events instead of one per event.
     * @return the ids this consumer sees for the first time; the others are redeliveries
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> firstDeliveries(String consumer, Collection<UUID> eventIds) {
        List<UUID> ids = List.copyOf(new LinkedHashSet<>(eventIds));
        Set<UUID> first = new HashSet<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            StringBuilder sql = new StringBuilder("insert into processed_event (consumer, event_id, processed_at) values ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(:consumer, :id").append(i).append(", now())");
            }
            sql.append(" on conflict do nothing returning event_id");
            var query = em.createNativeQuery(sql.toString()).setParameter("consumer", consumer);
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter("id" + i, chunk.get(i));
            }
            for (Object id : query.getResultList()) {
                first.add((UUID) id);
            }
        }
        return first;
    }
}
