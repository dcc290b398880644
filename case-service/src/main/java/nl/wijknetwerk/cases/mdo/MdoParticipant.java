package nl.wijknetwerk.cases.mdo;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Someone at the table of an MDO: the resident, a member of their network, a professional or an aanjager. */
@Entity
@Table(name = "mdo_participant")
public class MdoParticipant extends PanacheEntityBase {

    /** An aanjager is an experienced professional who supports a newer colleague's first MDOs. */
    public enum Kind {
        RESIDENT, NETWORK_MEMBER, PROFESSIONAL, AANJAGER
    }

    @Id
    public UUID id;

    @TenantId
    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(name = "mdo_id", nullable = false)
    public UUID mdoId;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "resident_id")
    public UUID residentId;

    @Column(name = "network_member_id")
    public UUID networkMemberId;

    @Column(name = "professional_id")
    public String professionalId;

    public String organisation;

    /** Set when the MDO is recorded as held. */
    public Boolean present;

    public boolean isProfessional() {
        return kind == Kind.PROFESSIONAL || kind == Kind.AANJAGER;
    }
}
