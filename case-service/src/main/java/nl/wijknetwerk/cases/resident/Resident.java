package nl.wijknetwerk.cases.resident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A resident (wijkbewoner) with a question. Personal data lives only here; outside case-service the resident is
 * known by {@link #pseudonym} alone, a random id with no link to who they are.
 */
@Entity
@Table(name = "resident")
public class Resident extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(nullable = false, updatable = false)
    public String pseudonym;

    @Column(nullable = false)
    public String name;

    public String phone;

    public String email;

    public String street;

    @Column(name = "postal_code")
    public String postalCode;

    public String city;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    /** Who lives together, in the resident's words, e.g. "married couple, no children at home". */
    public String household;

    @Column(name = "household_size")
    public Integer householdSize;

    /** The resident's own login, if they have one: lets them read their data and its access log. */
    public String account;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    @Column(name = "registered_by_organisation")
    public String registeredByOrganisation;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    /** A fresh pseudonym: random, so nothing about the resident can be derived from it. */
    public static String newPseudonym() {
        UUID random = UUID.randomUUID();
        return "rp-" + HexFormat.of().toHexDigits(random.getMostSignificantBits())
                + HexFormat.of().toHexDigits(random.getLeastSignificantBits());
    }
}
