package nl.wijknetwerk.cases.initiative;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.wijknetwerk.cases.initiative.InitiativeApi.InitiativeChanged;
import nl.wijknetwerk.cases.initiative.InitiativeApi.InitiativeRequest;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardContext;

/** Registers and changes a ward's initiatives, and publishes initiative-changed with each change. */
@ApplicationScoped
public class InitiativeService {

    private final Outbox outbox;
    private final WardContext context;

    public InitiativeService(Outbox outbox, WardContext context) {
        this.outbox = outbox;
        this.context = context;
    }

    @Transactional
    public Initiative create(String ward, InitiativeRequest request) {
        Initiative i = new Initiative();
        i.id = UUID.randomUUID();
        i.createdBy = context.user();
        i.createdAt = Instant.now();
        apply(i, request);
        i.persist();
        outbox.publish(EventTypes.INITIATIVE_CHANGED, ward, i.id.toString(), InitiativeChanged.of(i));
        return i;
    }

    @Transactional
    public Initiative change(String ward, UUID id, InitiativeRequest request) {
        Initiative i = find(ward, id);
        if (!i.status.mayBecome(request.status())) {
            throw ProblemException.conflict("initiative-ended", "The initiative has ended",
                    new Objection("An ended initiative is not restarted; register a new one",
                            "Een beëindigd initiatief start niet opnieuw; meld een nieuw initiatief aan"),
                    "status", new Objection("was ENDED", "was beëindigd"));
        }
        if (i.kind != request.kind()) {
            throw ProblemException.unprocessable("kind", new Objection("the kind of an initiative does not change", "de soort van een initiatief verandert niet"));
        }
        apply(i, request);
        outbox.publish(EventTypes.INITIATIVE_CHANGED, ward, i.id.toString(), InitiativeChanged.of(i));
        return i;
    }

    /** An initiative of this ward; another ward's id is not found. */
    public Initiative find(String ward, UUID id) {
        Initiative i = Initiative.findById(id);
        if (i == null || !ward.equals(i.ward)) {
            throw ProblemException.notFound("initiative", id);
        }
        return i;
    }

    private static void apply(Initiative i, InitiativeRequest r) {
        i.kind = r.kind();
        i.name = r.name().strip();
        i.goal = r.goal().strip();
        i.initiator = r.initiator();
        i.status = r.status();
        i.participants = r.participants();
        i.volunteers = r.volunteers();
        i.visitorsPerWeek = r.visitorsPerWeek();
        i.needsSpace = r.needs() == null || r.needs().space() == null ? null : r.needs().space().strip();
        i.needsMoneyCents = r.needs() == null ? null : r.needs().moneyCents();
        i.needsPeople = r.needs() == null ? null : r.needs().people();
        i.updatedAt = Instant.now();
    }
}
