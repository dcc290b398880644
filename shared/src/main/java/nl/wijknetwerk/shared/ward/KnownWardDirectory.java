package nl.wijknetwerk.shared.ward;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.quarkus.arc.DefaultBean;
import nl.wijknetwerk.shared.event.EventEnvelope;
import nl.wijknetwerk.shared.event.EventTypes;

/**
 * The ward directory of a service that learns wards from network-service's events. Every request asks it (the ward
 * check, the ward's calendar), so it answers from memory ({@link WardCache}): a change to a ward applied by any replica
 * of the service takes effect on every replica within {@link #MAX_AGE} (a suspension refuses writes there within 1 s),
 * and at once on the replica that consumed the event. A ward not known is looked up in the database each time.
 */
@DefaultBean
@ApplicationScoped
public class KnownWardDirectory implements WardDirectory {

    /** How long a ward is served from memory before it is read again: the bound on a change reaching every replica. */
    public static final Duration MAX_AGE = Duration.ofSeconds(1);

    private final TransactionSynchronizationRegistry transactions;
    private final WardCache cache = new WardCache(
            slug -> KnownWard.<KnownWard> findByIdOptional(slug).map(KnownWard::toWard), System::nanoTime, MAX_AGE);

    public KnownWardDirectory(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Ward> find(String slug) {
        return cache.find(slug);
    }

    /**
     * Applies a ward lifecycle event; call from inside the consumer's transaction.
     * @return true when the event was a ward event
     */
    public boolean apply(EventEnvelope event) {
        switch (event.type()) {
            case EventTypes.WARD_ONBOARDED -> {
                changing(event.wardid());
                KnownWard ward = KnownWard.<KnownWard> findByIdOptional(event.wardid()).orElseGet(KnownWard::new);
                ward.slug = event.wardid();
                ward.name = event.data().path("name").asText();
                ward.timeZone = event.data().path("timeZone").asText("Europe/Amsterdam");
                ward.status = Ward.Status.ACTIVE;
                ward.updatedAt = event.time();
                ward.persist();
            }
            case EventTypes.WARD_SUSPENDED, EventTypes.WARD_ACTIVATED -> {
                changing(event.wardid());
                KnownWard.<KnownWard> findByIdOptional(event.wardid()).ifPresent(ward -> {
                    ward.status = EventTypes.WARD_SUSPENDED.equals(event.type()) ? Ward.Status.SUSPENDED : Ward.Status.ACTIVE;
                    ward.updatedAt = event.time();
                });
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Keeps the ward out of memory until this transaction ends, then has it read again (committed or not). */
    private void changing(String slug) {
        cache.changing(slug);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                cache.changed(slug);
            }
        });
    }
}
