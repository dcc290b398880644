package nl.wijknetwerk.cases.resident;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Someone of the resident's own network (family, neighbour, volunteer) who can sit at an MDO and hold agreements. */
@Entity
@Table(name = "network_member")
public class NetworkMember extends PanacheEntityBase {

    public enum Relation {
        PARTNER, FAMILY, NEIGHBOUR, FRIEND, VOLUNTEER, OTHER
    }

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(name = "resident_id", nullable = false)
    public UUID residentId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Relation relation;

    public String contact;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
