package nl.wijknetwerk.shared.ward;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;
import nl.wijknetwerk.shared.event.EventEnvelope;
import nl.wijknetwerk.shared.event.EventTypes;

/** The ward directory of a service that learns wards from network-service's events. */
@DefaultBean
@ApplicationScoped
public class KnownWardDirectory implements WardDirectory {

    @Override
    public Optional<Ward> find(String slug) {
        return KnownWard.<KnownWard> findByIdOptional(slug).map(KnownWard::toWard);
    }

    /**
     * Applies a ward lifecycle event; call from inside the consumer's transaction.
     * @return true when the event was a ward event
     */
    public boolean apply(EventEnvelope event) {
        switch (event.type()) {
            case EventTypes.WARD_ONBOARDED -> {
                KnownWard ward = KnownWard.<KnownWard> findByIdOptional(event.wardid()).orElseGet(KnownWard::new);
                ward.slug = event.wardid();
                ward.name = event.data().path("name").asText();
                ward.timeZone = event.data().path("timeZone").asText("Europe/Amsterdam");
                ward.status = Ward.Status.ACTIVE;
                ward.updatedAt = event.time();
                ward.persist();
            }
            case EventTypes.WARD_SUSPENDED, EventTypes.WARD_ACTIVATED -> KnownWard.<KnownWard> findByIdOptional(event.wardid())
                    .ifPresent(ward -> {
                        ward.status = EventTypes.WARD_SUSPENDED.equals(event.type()) ? Ward.Status.SUSPENDED : Ward.Status.ACTIVE;
                        ward.updatedAt = event.time();
                    });
            default -> {
                return false;
            }
        }
        return true;
    }
}
