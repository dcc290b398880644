package nl.wijknetwerk.cases.casefile;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An organisation that may read a case: the one that opened it, or one that sat (or is invited) at its MDO table. */
@Entity
@Table(name = "case_organisation")
public class CaseOrganisation extends PanacheEntityBase {

    public enum Via {
        OPENED, MDO
    }

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String organisation;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Via via;

    @Column(nullable = false)
    public Instant since;
}
