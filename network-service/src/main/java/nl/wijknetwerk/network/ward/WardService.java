package nl.wijknetwerk.network.ward;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.wijknetwerk.network.organisation.WardNetworkAnnouncer;
import nl.wijknetwerk.network.ward.WardApi.OnboardWard;
import nl.wijknetwerk.network.ward.WardApi.StatusChange;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.Ward;

/** Onboards, suspends and activates wards, and publishes each change for every service to learn of it. */
@ApplicationScoped
public class WardService {

    private static final String DEFAULT_ZONE = "Europe/Amsterdam";

    private final Outbox outbox;
    private final WardNetworkAnnouncer network;

    public WardService(Outbox outbox, WardNetworkAnnouncer network) {
        this.outbox = outbox;
        this.network = network;
    }

    @Transactional
    public WardEntity onboard(OnboardWard request) {
        if (WardEntity.findById(request.slug()) != null) {
            throw ProblemException.conflict("duplicate", "Already exists", new Objection("A ward '" + request.slug() + "' already exists",
                    "Er is al een wijk '" + request.slug() + "'"), "slug", new Objection("already taken", "is al in gebruik"));
        }
        WardEntity ward = new WardEntity();
        ward.slug = request.slug();
        ward.name = request.name();
        ward.municipality = request.municipality();
        ward.timeZone = request.timeZone() == null ? DEFAULT_ZONE : request.timeZone();
        ward.startDate = request.startDate();
        ward.status = Ward.Status.ACTIVE;
        ward.createdAt = Instant.now();
        ward.persist();
        outbox.publish(EventTypes.WARD_ONBOARDED, ward.slug, ward.slug,
                new WardApi.WardOnboarded(ward.slug, ward.name, ward.municipality, ward.timeZone, ward.startDate));
        network.announce(ward.slug);
        return ward;
    }

    @Transactional
    public WardEntity changeStatus(String slug, Ward.Status status, StatusChange change) {
        WardEntity ward = find(slug);
        if (ward.status == status) {
            throw ProblemException.conflict(new Objection("Ward '" + slug + "' is already " + status.name().toLowerCase(),
                    "Wijk '" + slug + "' is al " + dutch(status)));
        }
        ward.status = status;
        String type = status == Ward.Status.SUSPENDED ? EventTypes.WARD_SUSPENDED : EventTypes.WARD_ACTIVATED;
        outbox.publish(type, slug, slug, new WardApi.WardStatusChanged(slug, change == null ? null : change.reason()));
        return ward;
    }

    /** A ward's status as the Dutch network pages name it. */
    private static String dutch(Ward.Status status) {
        return switch (status) {
            case ACTIVE -> "actief";
            case SUSPENDED -> "opgeschort";
        };
    }

    public WardEntity find(String slug) {
        return WardEntity.<WardEntity> findByIdOptional(slug).orElseThrow(() -> ProblemException.notFound("ward", slug));
    }
}
