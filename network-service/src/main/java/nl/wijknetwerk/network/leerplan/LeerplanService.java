package nl.wijknetwerk.network.leerplan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.micrometer.core.instrument.MeterRegistry;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;

/**
 * Counts leerplan steps. Each occurrence is credited once by its source reference (the MDO, the session, the
 * round), so a redelivered event or a repeated request never counts twice. The occurrence that lifts a step to the
 * ward's target announces it with leerplan-step-completed.
 */
@ApplicationScoped
public class LeerplanService {

    private final EntityManager em;
    private final Outbox outbox;
    private final MeterRegistry registry;

    public LeerplanService(EntityManager em, Outbox outbox, MeterRegistry registry) {
        this.em = em;
        this.outbox = outbox;
        this.registry = registry;
    }

    /** @return whether this occurrence was new and counted */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean credit(String ward, String professionalId, LeerplanStep step, String sourceRef, LocalDate on) {
        int before = LeerplanCredit.countsOf(professionalId).getOrDefault(step, 0);
        int inserted = em.createNativeQuery("""
                insert into leerplan_credit (id, ward, professional_id, step, source_ref, credited_on, created_at)
                values (:id, :ward, :professional, :step, :ref, :on, now())
                on conflict (ward, professional_id, step, source_ref) do nothing""")
                .setParameter("id", UUID.randomUUID()).setParameter("ward", ward).setParameter("professional", professionalId)
                .setParameter("step", step.name()).setParameter("ref", sourceRef).setParameter("on", on)
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        registry.counter("wijknetwerk.leerplan.credits", "step", step.name()).increment();
        Leerplan plan = Leerplan.of(professionalId, LeerplanCredit.countsOf(professionalId), LeerplanTarget.ofWard());
        Leerplan.StepProgress progress = plan.step(step);
        if (Leerplan.completes(before, progress.count(), progress.target())) {
            outbox.publish(EventTypes.LEERPLAN_STEP_COMPLETED, ward, professionalId,
                    new StepCompleted(professionalId, step, progress.count(), progress.target(), plan.completed()));
        }
        return true;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void creditAll(String ward, Collection<String> professionalIds, LeerplanStep step, String sourceRef, LocalDate on) {
        professionalIds.stream().distinct().forEach(p -> credit(ward, p, step, sourceRef, on));
    }

    public Leerplan of(String professionalId) {
        return Leerplan.of(professionalId, LeerplanCredit.countsOf(professionalId), LeerplanTarget.ofWard());
    }

    /** Remembers who worked on a case, so a later wellbeing score can be credited to them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void involved(String ward, UUID caseId, Collection<String> professionalIds) {
        for (String professional : professionalIds) {
            em.createNativeQuery("""
                    insert into case_involvement (ward, case_id, professional_id) values (:ward, :case, :professional)
                    on conflict do nothing""")
                    .setParameter("ward", ward).setParameter("case", caseId).setParameter("professional", professional)
                    .executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    public List<String> involvedIn(String ward, UUID caseId) {
        return em.createNativeQuery("select professional_id from case_involvement where ward = :ward and case_id = :case")
                .setParameter("ward", ward).setParameter("case", caseId).getResultList();
    }

    /** Payload of leerplan-step-completed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StepCompleted(String professionalId, LeerplanStep step, int count, int target, Boolean planCompleted) {
    }
}
