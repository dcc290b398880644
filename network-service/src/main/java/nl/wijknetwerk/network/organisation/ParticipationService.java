package nl.wijknetwerk.network.organisation;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import nl.wijknetwerk.network.organisation.OrganisationApi.Leave;
import nl.wijknetwerk.network.organisation.OrganisationApi.OrganisationJoined;
import nl.wijknetwerk.network.organisation.OrganisationApi.OrganisationLeft;
import nl.wijknetwerk.network.organisation.OrganisationApi.TakePart;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardCalendar;
import nl.wijknetwerk.shared.ward.WardContext;

/** An organisation taking part in a ward, or leaving it, and the events that say so. */
@ApplicationScoped
public class ParticipationService {

    private final Outbox outbox;
    private final WardContext context;
    private final Event<OrganisationLeftWard> leftWard;
    private final WardCalendar calendar;

    public ParticipationService(Outbox outbox, WardContext context, Event<OrganisationLeftWard> leftWard, WardCalendar calendar) {
        this.outbox = outbox;
        this.context = context;
        this.leftWard = leftWard;
        this.calendar = calendar;
    }

    @Transactional
    public Participation takePart(String ward, String organisationId, TakePart request) {
        Organisation organisation = Organisation.<Organisation> findByIdOptional(organisationId)
                .orElseThrow(() -> ProblemException.notFound("organisation", organisationId));
        Participation participation = Participation.current(organisationId).orElse(null);
        if (participation != null && participation.kind == request.participation() && participation.since.equals(request.since())) {
            return participation; // nothing changes, nothing to announce
        }
        if (participation == null) {
            participation = new Participation();
            participation.id = UUID.randomUUID();
            participation.ward = context.requireWard();
            participation.organisation = organisation;
            participation.since = request.since();
            participation.kind = request.participation();
            participation.persist();
        } else {
            participation.kind = request.participation();
            participation.since = request.since();
        }
        outbox.publish(EventTypes.ORGANISATION_JOINED, ward, organisationId, new OrganisationJoined(organisationId,
                organisation.name, organisation.sector, participation.kind, participation.since));
        return participation;
    }

    @Transactional
    public Participation leave(String ward, String organisationId, Leave request) {
        Participation participation = Participation.current(organisationId)
                .orElseThrow(() -> ProblemException.conflict(new Objection("Organisation '" + organisationId + "' does not take part in ward '" + ward + "'",
                        "Organisatie '" + organisationId + "' doet niet mee in wijk '" + ward + "'")));
        if (request.until().isAfter(calendar.today(ward))) {
            throw ProblemException.unprocessable("until", new Objection("lies in the future: record the departure once it has happened",
                    "ligt in de toekomst: leg het vertrek vast als het gebeurd is"));
        }
        if (request.until().isBefore(participation.since)) {
            throw ProblemException.unprocessable("until", new Objection("lies before the start of the participation, " + participation.since,
                    "ligt voor het begin van de deelname, " + participation.since));
        }
        participation.until = request.until();
        outbox.publish(EventTypes.ORGANISATION_LEFT, ward, organisationId, new OrganisationLeft(organisationId, request.until()));
        leftWard.fire(new OrganisationLeftWard(ward, organisationId, request.until()));
        return participation;
    }
}
