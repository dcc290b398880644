package nl.wijknetwerk.cases.triage;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.wijknetwerk.cases.casefile.CaseAccess;
import nl.wijknetwerk.cases.casefile.CaseFile;
import nl.wijknetwerk.cases.casefile.CaseService;
import nl.wijknetwerk.shared.ward.WardCalendar;
import nl.wijknetwerk.cases.triage.TriageApi.ChangeTriageRoute;
import nl.wijknetwerk.cases.triage.TriageApi.RouteChangeView;
import nl.wijknetwerk.cases.triage.TriageApi.TriageRouteChanged;
import nl.wijknetwerk.cases.triage.TriageApi.TriageView;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;
import nl.wijknetwerk.shared.ward.WardContext;

/** Changes a case's triage route and keeps every earlier route in its history. */
@ApplicationScoped
public class TriageService {

    private final CaseAccess access;
    private final Outbox outbox;
    private final WardContext context;
    private final WardCalendar calendar;
    private final CaseService cases;

    public TriageService(CaseAccess access, Outbox outbox, WardContext context, WardCalendar calendar, CaseService cases) {
        this.access = access;
        this.outbox = outbox;
        this.context = context;
        this.calendar = calendar;
        this.cases = cases;
    }

    @Transactional
    public TriageView change(String ward, UUID caseId, ChangeTriageRoute request) {
        CaseFile c = access.forChange(caseId, "triage.change");
        TriageRouteRule.check(c.status, c.triageRoute, request.route());
        TriageRouteChange change = new TriageRouteChange();
        change.id = UUID.randomUUID();
        change.caseId = caseId;
        change.from = c.triageRoute;
        change.to = request.route();
        change.reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        change.changedBy = context.user();
        change.changedOn = calendar.today();
        change.createdAt = Instant.now();
        change.persist();
        cases.route(c, request.route());
        outbox.publish(EventTypes.TRIAGE_ROUTE_CHANGED, ward, caseId.toString(),
                new TriageRouteChanged(caseId, change.from, change.to, change.changedOn));
        return view(c);
    }

    public TriageView of(UUID caseId) {
        return view(access.forRead(caseId, "triage.read"));
    }

    private static TriageView view(CaseFile c) {
        return new TriageView(c.id, c.triageRoute, TriageRouteChange.<TriageRouteChange> list("caseId = ?1 order by createdAt", c.id)
                .stream().map(RouteChangeView::of).toList());
    }
}
