package nl.wijknetwerk.budget.frame;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One funding source's amount in one revision of a year's budget. */
@Entity
@Table(name = "funding_source")
public class FundingSource extends PanacheEntityBase {

    /**
     * Where the money comes from: at the start half of the municipality's Wmo budget for ambulatory support, day
     * activities and household help plus the welfare budget; later health insurance (Zvw), long-term care (Wlz),
     * youth care (Jeugdwet) and innovation money such as the GGD's.
     */
    public enum Kind {
        WMO_AMBULATORY_SUPPORT, WMO_DAY_ACTIVITIES, WMO_HOUSEHOLD_HELP, WELFARE, ZVW, WLZ, JEUGD, GGD_INNOVATION
    }

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Kind source;

    @Column(name = "amount_cents", nullable = false, updatable = false)
    public long amountCents;
}
