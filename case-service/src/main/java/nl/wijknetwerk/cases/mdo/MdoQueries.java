package nl.wijknetwerk.cases.mdo;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/** How other features ask about a case's tables (MDOs) without querying them themselves. Nothing here is logged. */
@ApplicationScoped
public class MdoQueries {

    /** The MDO with this id, or {@code null}. */
    public Mdo find(UUID mdoId) {
        return mdoId == null ? null : Mdo.findById(mdoId);
    }

    /** Every MDO of the case, planned, held or cancelled, in the order they were planned. */
    public List<Mdo> ofCase(UUID caseId) {
        return Mdo.list("caseId = ?1 order by plannedAt", caseId);
    }

    /** Who took part in an MDO, in their order at the table. */
    public List<MdoParticipant> participants(UUID mdoId) {
        return MdoParticipant.list("mdoId = ?1 order by position", mdoId);
    }

    /** The professionals (and aanjagers) invited to any of these MDOs. */
    public List<MdoParticipant> professionalsAt(Collection<UUID> mdoIds) {
        return mdoIds.isEmpty() ? List.of()
                : MdoParticipant.<MdoParticipant> list("mdoId in ?1", mdoIds).stream().filter(MdoParticipant::isProfessional).toList();
    }

    /** The case's most recent MDO that was held, or {@code null}: a plan is agreed at that table. */
    public Mdo lastHeld(UUID caseId) {
        return Mdo.<Mdo> find("caseId = ?1 and status = ?2 order by heldOn desc, plannedAt desc", caseId, Mdo.Status.HELD)
                .firstResult();
    }
}
