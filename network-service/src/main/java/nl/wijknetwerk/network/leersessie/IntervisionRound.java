package nl.wijknetwerk.network.leersessie;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An intervision round at a leersessie table (a group of 6-8 with one discussion leader): the contributor states a
 * question, which may be reformulated; everyone writes advice for a minute and gives it; the contributor asks back;
 * it closes with "did this help, what will you do tomorrow, what do you still need", then out-of-the-box advice.
 */
@Entity
@Table(name = "intervision_round")
public class IntervisionRound extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(name = "leersessie_id", nullable = false)
    public UUID leersessieId;

    @Column(name = "leader_id", nullable = false)
    public String leaderId;

    @Column(name = "contributor_id", nullable = false)
    public String contributorId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> participants = new ArrayList<>();

    @Column(nullable = false)
    public String question;

    @Column(name = "reformulated_question")
    public String reformulatedQuestion;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> advice = new ArrayList<>();

    @Column(name = "contributor_asked_back")
    public String contributorAskedBack;

    public Boolean helped;

    public String tomorrow;

    @Column(name = "still_needed")
    public String stillNeeded;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "out_of_the_box_advice", nullable = false, columnDefinition = "text[]")
    public List<String> outOfTheBoxAdvice = new ArrayList<>();

    @Column(name = "completed_at", nullable = false)
    public Instant completedAt;
}
