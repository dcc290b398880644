package nl.wijknetwerk.network.leerplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One occurrence of a leerplan step for a professional, e.g. one MDO they organised; {@code sourceRef} names it. */
@Entity
@Table(name = "leerplan_credit")
public class LeerplanCredit extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(name = "professional_id", nullable = false)
    public String professionalId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LeerplanStep step;

    @Column(name = "source_ref", nullable = false)
    public String sourceRef;

    @Column(name = "credited_on", nullable = false)
    public LocalDate creditedOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Map<LeerplanStep, Integer> countsOf(String professionalId) {
        Map<LeerplanStep, Integer> counts = new EnumMap<>(LeerplanStep.class);
        List<Object[]> rows = getEntityManager().createQuery(
                "select c.step, count(c) from LeerplanCredit c where c.professionalId = :p group by c.step", Object[].class)
                .setParameter("p", professionalId).getResultList();
        rows.forEach(r -> counts.put((LeerplanStep) r[0], ((Number) r[1]).intValue()));
        return counts;
    }
}
