package nl.wijknetwerk.budget.allocation;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A partner organisation of the ward as network-service announced it. Only those in the financial experiment share
 * the fixed budget and its risk, and only they receive an allocation, spend from it and share in the settlement.
 */
@Entity
@Table(name = "provider")
public class Provider extends PanacheEntityBase {

    public enum Participation {
        WAY_OF_WORKING, FINANCIAL_EXPERIMENT
    }

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public String organisationId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Participation participation;

    @Column(nullable = false)
    public LocalDate since;

    public LocalDate until;

    public static Optional<Provider> byOrganisation(String organisationId) {
        return find("organisationId", organisationId).firstResultOptional();
    }

    /** In the financial experiment on the given day (joined on or before it, not left before it). */
    public boolean inExperimentOn(LocalDate day) {
        return participation == Participation.FINANCIAL_EXPERIMENT && !since.isAfter(day) && (until == null || !until.isBefore(day));
    }

    /** In the financial experiment at some moment of the year. */
    public boolean inExperimentDuring(int year) {
        return participation == Participation.FINANCIAL_EXPERIMENT && since.getYear() <= year && (until == null || until.getYear() >= year);
    }
}
