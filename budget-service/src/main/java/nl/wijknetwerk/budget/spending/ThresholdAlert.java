package nl.wijknetwerk.budget.spending;

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
import nl.wijknetwerk.budget.allocation.Category;

/** That the controller was alerted about a category's utilisation passing a threshold; at most once a year. */
@Entity
@Table(name = "threshold_alert")
public class ThresholdAlert extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    public Category category;

    @Column(nullable = false)
    public int threshold;

    @Column(name = "passed_at", nullable = false)
    public Instant passedAt;

    public static boolean sent(int year, Category category, int threshold) {
        return count("year = ?1 and category = ?2 and threshold = ?3", year, category, threshold) > 0;
    }
}
