package nl.wijknetwerk.network.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** How a partner organisation takes part in one ward, from {@code since} until it leaves. */
@Entity
@Table(name = "organisation_participation")
public class Participation extends PanacheEntityBase {

    public enum Kind {
        /** Works along in the Samenwerkwijze (the way of working) only. */
        WAY_OF_WORKING,
        /** Also shares the fixed ward budget and its risk. */
        FINANCIAL_EXPERIMENT
    }

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    public Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "participation", nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public LocalDate since;

    public LocalDate until;

    @Version
    public long version;

    /** The participation of the organisation in the current ward, if it takes part now. */
    public static Optional<Participation> current(String organisationId) {
        return find("organisation.id = ?1 and until is null", organisationId).firstResultOptional();
    }

    public static List<Participation> allCurrent() {
        return list("until is null order by organisation.name");
    }
}
