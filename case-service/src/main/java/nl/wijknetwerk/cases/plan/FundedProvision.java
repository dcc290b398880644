package nl.wijknetwerk.cases.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A provision an agreement needs funding for (budget-service turns it into a commitment): either an amount a year,
 * or hours a year at an hourly rate. Amounts in euro cents.
 */
@Embeddable
public class FundedProvision {

    /** The budget category it is paid from; voorliggend = general, preventive provision, maatwerk = tailored. */
    public enum Category {
        PROVIDER, COLLECTIVE_PROVISION, RESIDENT_INITIATIVE, VOORLIGGEND, MAATWERK, RESERVE
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "provision_category")
    public Category category;

    @Column(name = "provision_provider")
    public String providerId;

    @Column(name = "provision_kind")
    public String kind;

    @Column(name = "provision_amount_cents")
    public Long amountCentsPerYear;

    @Column(name = "provision_hours_per_year", precision = 9, scale = 2)
    public BigDecimal hoursPerYear;

    @Column(name = "provision_hourly_rate_cents")
    public Long hourlyRateCents;

    /**
     * What it costs a year in euro cents: the amount, or hours × hourly rate rounded half up to the cent.
     *
     * @return null when this is not a funded provision
     */
    public Long yearlyCents() {
        if (category == null) {
            return null;
        }
        if (amountCentsPerYear != null) {
            return amountCentsPerYear;
        }
        return hoursPerYear.multiply(BigDecimal.valueOf(hourlyRateCents)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** @return why the figures do not make a yearly amount, or null when they do */
    public static String invalidFigures(Long amountCentsPerYear, BigDecimal hoursPerYear, Long hourlyRateCents) {
        boolean amount = amountCentsPerYear != null;
        boolean hours = hoursPerYear != null || hourlyRateCents != null;
        if (amount == hours) {
            return "give either amountCentsPerYear, or hoursPerYear with hourlyRateCents";
        }
        if (hours && (hoursPerYear == null || hourlyRateCents == null)) {
            return "hoursPerYear needs hourlyRateCents, and the other way round";
        }
        return null;
    }
}
