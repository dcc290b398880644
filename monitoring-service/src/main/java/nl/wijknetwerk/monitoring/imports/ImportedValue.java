package nl.wijknetwerk.monitoring.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A figure no service produces (pgb count, objections and appeals, GP visits, crises), imported for a period. */
@Entity
@Table(name = "imported_value")
public class ImportedValue extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(nullable = false)
    public String period;

    @Column(nullable = false)
    public String indicator;

    @Column(nullable = false)
    public BigDecimal value;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;
}
