package nl.wijknetwerk.shared.messaging;

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
}
