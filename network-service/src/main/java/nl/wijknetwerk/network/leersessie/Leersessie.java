package nl.wijknetwerk.network.leersessie;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A leersessie (learning session) of the ward network, with its tables and, once it took place, its attendance. */
@Entity
@Table(name = "leersessie")
public class Leersessie extends PanacheEntityBase {

    public enum Kind {
        /** Every two weeks, for the professionals (30-50 people). */
        PROFESSIONALS_BIWEEKLY,
        /** Every eight weeks, with the managers and sometimes residents. */
        WITH_MANAGERS,
        MANAGERS,
        DIRECTORS
    }

    /** The tables a session is divided into. */
    public enum SessionTable {
        PLENARY, NEWCOMERS, INDIVIDUAL_CASES, COLLECTIVE_CASES, THEMES, NETWORKING_MDOS
    }

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    public String theme;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> tables = new ArrayList<>();

    /** Account ids: their attendance counts for their leerplan. Other groups are only counted. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "attending_professionals", nullable = false, columnDefinition = "text[]")
    public List<String> attendingProfessionals = new ArrayList<>();

    @Column(name = "attending_managers", nullable = false)
    public int attendingManagers;

    @Column(name = "attending_directors", nullable = false)
    public int attendingDirectors;

    @Column(name = "attending_residents", nullable = false)
    public int attendingResidents;

    @Column(name = "attendance_recorded_at")
    public Instant attendanceRecordedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public boolean held() {
        return attendanceRecordedAt != null;
    }
}
