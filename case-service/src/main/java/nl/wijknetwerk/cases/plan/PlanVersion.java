package nl.wijknetwerk.cases.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One agreed version of the Samenwerkplan: the resident's goals and the chosen solution (the
 * "proeftuinoplossing", written as if no rule or funding barrier existed). Kept as agreed; a change is a new version.
 */
@Entity
@Immutable
@Table(name = "plan_version")
public class PlanVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public int version;

    /** The MDO at whose table it was agreed. */
    @Column(name = "mdo_id")
    public UUID mdoId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> goals = new ArrayList<>();

    @Column(nullable = false)
    public String solution;

    @Column(name = "agreed_on", nullable = false)
    public LocalDate agreedOn;

    @Column(name = "agreed_by", nullable = false)
    public String agreedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
