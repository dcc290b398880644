package nl.wijknetwerk.network.professional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A wijkprofessional in one ward's network. They are employed by a partner organisation (kept for governance) but
 * work white-label: residents see the ward network. Someone working in two wards has a membership in each.
 */
@Entity
@Table(name = "professional")
public class Professional extends PanacheEntityBase {

    public enum Role {
        /** Experienced professional who drives the way of working and supports newer colleagues' first MDOs. */
        AANJAGER,
        /** Explains the way of working inside their own organisation; marked by a manager. */
        AMBASSADOR,
        /** Opens up new ground: coordinates work groups and starts the way of working where it is new. */
        KWARTIERMAKER
    }

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    /** Their account id: the pseudonymous professional id every event carries, never a name. */
    @Column(name = "account_id", nullable = false, updatable = false)
    public String accountId;

    @Column(nullable = false)
    public String name;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    public String discipline;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> roles = new ArrayList<>();

    @Column(nullable = false)
    public boolean active;

    @Column(name = "joined_on", nullable = false)
    public LocalDate joinedOn;

    @Column(name = "left_on")
    public LocalDate leftOn;

    @Version
    public long version;

    public static Optional<Professional> byAccount(String accountId) {
        return find("accountId", accountId).firstResultOptional();
    }

    public boolean has(Role role) {
        return roles.contains(role.name());
    }
}
