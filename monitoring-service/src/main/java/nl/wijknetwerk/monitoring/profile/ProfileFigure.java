package nl.wijknetwerk.monitoring.profile;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A key figure of the ward profile (wijkprofiel), beside the municipality's where known. */
@Entity
@Table(name = "profile_figure")
public class ProfileFigure extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String label;

    @Column(nullable = false)
    public String unit;

    @Column(name = "ward_value", nullable = false)
    public BigDecimal wardValue;

    public BigDecimal municipality;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public int position;
}
