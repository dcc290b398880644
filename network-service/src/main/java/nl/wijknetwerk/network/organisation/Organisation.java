package nl.wijknetwerk.network.organisation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A partner organisation. Not ward-owned: the same organisation can take part in several wards. */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    public enum Sector {
        HOUSING, WELFARE, CARE, MENTAL_HEALTH, PUBLIC_HEALTH, SPORT, ART, WORK, MUNICIPALITY, GP, POLICE, RESIDENT_BODY
    }

    /** A slug such as {@code ons-welzijn}; tokens carry it in their {@code organisation} claim. */
    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sector sector;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
