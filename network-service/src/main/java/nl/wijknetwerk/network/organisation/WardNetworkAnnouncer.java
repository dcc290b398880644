package nl.wijknetwerk.network.organisation;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import nl.wijknetwerk.network.organisation.Organisation.Sector;
import nl.wijknetwerk.network.organisation.OrganisationApi.OrganisationJoined;
import nl.wijknetwerk.network.organisation.Participation.Kind;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;

/**
 * A ward's network can be registered before the ward is onboarded (Ruwaard's comes with the seed data). When the
 * ward is onboarded, its current participations are announced with the onboarding, in the same transaction, so
 * budget-service learns which providers share the budget.
 */
@ApplicationScoped
public class WardNetworkAnnouncer {

    private final EntityManager em;
    private final Outbox outbox;

    public WardNetworkAnnouncer(EntityManager em, Outbox outbox) {
        this.em = em;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int announce(String ward) {
        // Native on purpose: onboarding runs outside any ward, and the tenant filter would hide the new ward's rows.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select o.id, o.name, o.sector, p.participation, p.since
                from organisation_participation p join organisation o on o.id = p.organisation_id
                where p.ward = :ward and p.until is null order by o.id""")
                .setParameter("ward", ward).getResultList();
        for (Object[] row : rows) {
            String organisationId = (String) row[0];
            outbox.publish(EventTypes.ORGANISATION_JOINED, ward, organisationId, new OrganisationJoined(organisationId,
                    (String) row[1], Sector.valueOf((String) row[2]), Kind.valueOf((String) row[3]), toDate(row[4])));
        }
        return rows.size();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
