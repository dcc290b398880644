package nl.wijknetwerk.network.leerplan;

import java.util.EnumMap;
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

/** A ward's own target for a leerplan step, instead of the step's default. */
@Entity
@Table(name = "leerplan_target")
public class LeerplanTarget extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LeerplanStep step;

    @Column(nullable = false)
    public int target;

    /** The current ward's targets, defaults included. */
    public static Map<LeerplanStep, Integer> ofWard() {
        Map<LeerplanStep, Integer> targets = new EnumMap<>(LeerplanStep.class);
        for (LeerplanStep step : LeerplanStep.values()) {
            targets.put(step, step.defaultTarget());
        }
        LeerplanTarget.<LeerplanTarget> listAll().forEach(t -> targets.put(t.step, t.target));
        return targets;
    }
}
