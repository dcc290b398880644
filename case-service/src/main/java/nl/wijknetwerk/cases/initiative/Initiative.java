package nl.wijknetwerk.cases.initiative;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A prevention activity (e.g. Stoptober, a walking group) or a resident initiative in the ward: collective help that
 * residents and professionals start themselves, with what it needs to keep going (space, money, people).
 */
@Entity
@Table(name = "initiative")
public class Initiative extends PanacheEntityBase {

    public enum Kind {
        PREVENTION_ACTIVITY, RESIDENT_INITIATIVE
    }

    /** Who took the initiative. */
    public enum Initiator {
        RESIDENTS, RESIDENTS_WITH_PROFESSIONALS, PROFESSIONALS, OTHERS
    }

    public enum Status {
        IN_PREPARATION, IN_DEVELOPMENT, RUNNING, ENDED;

        /** An initiative may move back and forth while it lives; an ended one is not restarted (start a new one). */
        public boolean mayBecome(Status next) {
            return this != ENDED || next == ENDED;
        }
    }

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false, columnDefinition = "text")
    public String goal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Initiator initiator;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public Integer participants;

    public Integer volunteers;

    @Column(name = "visitors_per_week")
    public Integer visitorsPerWeek;

    @Column(name = "needs_space")
    public String needsSpace;

    @Column(name = "needs_money_cents")
    public Long needsMoneyCents;

    @Column(name = "needs_people")
    public Integer needsPeople;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
