package nl.wijknetwerk.network.ward;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import nl.wijknetwerk.shared.ward.Ward;

/** A ward (wijk) and its network: the tenant every other record belongs to. Owned by network-service. */
@Entity
@Table(name = "ward")
public class WardEntity extends PanacheEntityBase {

    @Id
    public String slug;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String municipality;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Ward.Status status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public Ward toWard() {
        return new Ward(slug, name, java.time.ZoneId.of(timeZone), status);
    }
}
