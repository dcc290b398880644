package nl.wijknetwerk.cases.barrier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;

/** Escalates the open barriers of the current ward that have been open past their threshold. */
@ApplicationScoped
public class BarrierService {

    private final Outbox outbox;
    private final EscalationPolicy policy;

    public BarrierService(Outbox outbox, BarrierConfig config) {
        this.outbox = outbox;
        this.policy = config.policy();
    }

    public record BarrierEscalated(java.util.UUID caseId, java.util.UUID barrierId, EscalationPolicy.Level level,
            LocalDate escalatedOn) {
    }

    /** @return the barriers that climbed a level; call inside a transaction acting in one ward */
    public List<Barrier> escalate(LocalDate today) {
        List<Barrier> climbed = new ArrayList<>();
        for (Barrier b : Barrier.<Barrier> list("resolvedOn is null and level <> ?1 order by reportedOn", EscalationPolicy.Level.DIRECTOR)) {
            List<EscalationPolicy.Level> levels = policy.climb(b.level, b.reportedOn, today);
            for (EscalationPolicy.Level level : levels) {
                if (level == EscalationPolicy.Level.MANAGER) {
                    b.escalatedToManagerOn = today;
                } else {
                    b.escalatedToDirectorOn = today;
                }
                b.level = level;
                outbox.publish(EventTypes.BARRIER_ESCALATED, b.ward, b.caseId.toString(),
                        new BarrierEscalated(b.caseId, b.id, level, today));
            }
            if (!levels.isEmpty()) {
                climbed.add(b);
            }
        }
        return climbed;
    }

    public EscalationPolicy policy() {
        return policy;
    }
}
