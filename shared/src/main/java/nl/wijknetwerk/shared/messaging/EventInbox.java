package nl.wijknetwerk.shared.messaging;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

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

    /**
     * Records a whole poll's events in one statement, the ids as one array parameter: the statement's text is the same
     * for every poll, so it is parsed and planned once per connection instead of once per poll size.
     * @return the ids this consumer sees for the first time; the others are redeliveries
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> firstDeliveries(String consumer, Collection<UUID> eventIds) {
        UUID[] ids = new LinkedHashSet<>(eventIds).toArray(UUID[]::new);
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into processed_event (consumer, event_id, processed_at) select ?, id, now() from unnest(?) as id
                    on conflict do nothing returning event_id""")) {
                insert.setString(1, consumer);
                insert.setArray(2, connection.createArrayOf("uuid", ids));
                Set<UUID> first = new HashSet<>();
                try (ResultSet inserted = insert.executeQuery()) {
                    while (inserted.next()) {
                        first.add(inserted.getObject(1, UUID.class));
                    }
                }
                return first;
            }
        });
    }
}
