package nl.wijknetwerk.network.leersessie;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A reflection card filled in right after a leersessie; kept without its writer's name. */
@Entity
@Table(name = "reflection_card")
public class ReflectionCard extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(name = "leersessie_id", nullable = false)
    public UUID leersessieId;

    /** What I learnt. */
    public String learnt;

    /** What struck me. */
    public String struck;

    public String suggestion;

    /** What I want to share with others. */
    @Column(name = "to_share")
    public String toShare;

    @Column(name = "written_at", nullable = false)
    public Instant writtenAt;
}
