package nl.wijknetwerk.cases.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.wijknetwerk.cases.casefile.CaseAccess;
import nl.wijknetwerk.cases.casefile.CaseFile;
import nl.wijknetwerk.cases.intake.IntakeResource.IntakeRecorded;
import nl.wijknetwerk.cases.intake.IntakeResource.RecordIntake;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardCalendar;
import nl.wijknetwerk.shared.ward.WardContext;

/** Records a new version of a case's intake and publishes intake-recorded (without its text). */
@ApplicationScoped
public class IntakeService {

    private final CaseAccess access;
    private final Outbox outbox;
    private final WardContext context;
    private final WardCalendar calendar;

    public IntakeService(CaseAccess access, Outbox outbox, WardContext context, WardCalendar calendar) {
        this.access = access;
        this.outbox = outbox;
        this.context = context;
        this.calendar = calendar;
    }

    @Transactional
    public IntakeVersion record(String ward, UUID caseId, RecordIntake request) {
        CaseFile c = access.forChange(caseId, "intake.record");
        if (c.status == CaseFile.Status.CLOSED) {
            throw ProblemException.conflict("The case is closed: its intake can no longer change");
        }
        IntakeVersion v = new IntakeVersion();
        v.id = UUID.randomUUID();
        v.caseId = c.id;
        v.version = (int) IntakeVersion.count("caseId", c.id) + 1;
        v.iWant = request.iWant().strip();
        v.iCan = request.iCan().strip();
        v.iNeed = request.iNeed().strip();
        v.recordedBy = context.user();
        v.recordedOn = calendar.today();
        v.recordedAt = Instant.now();
        v.persist();
        outbox.publish(EventTypes.INTAKE_RECORDED, ward, c.id.toString(), new IntakeRecorded(c.id, v.version, v.recordedOn));
        return v;
    }

    /** Every version of the case's intake, oldest first. */
    public List<IntakeVersion> versions(UUID caseId) {
        return IntakeVersion.list("caseId = ?1 order by version", caseId);
    }
}
