package nl.wijknetwerk.shared.ward;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A consuming service's copy of a ward, kept up to date from network-service's ward events. */
@Entity
@Table(name = "known_ward")
public class KnownWard extends PanacheEntityBase {

    @Id
    public String slug;

    @Column(nullable = false)
    public String name;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Ward.Status status;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Ward toWard() {
        return new Ward(slug, name, java.time.ZoneId.of(timeZone), status);
    }
}
