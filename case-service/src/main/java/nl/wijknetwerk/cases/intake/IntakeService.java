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
import nl.wijknetwerk.api.Objection;
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
            throw ProblemException.conflict(new Objection("The case is closed: its intake can no longer change",
                    "De casus is afgesloten: de intake kan niet meer veranderen"));
        }
        IntakeVersion v = new IntakeVersion();
        v.id = UUID.randomUUID();
        v.ward = ward;
        v.caseId = c.id;
        v.iWant = request.iWant().strip();
        v.iCan = request.iCan().strip();
        v.iNeed = request.iNeed().strip();
        v.recordedBy = context.user();
        v.recordedOn = calendar.today();
        v.recordedAt = Instant.now();
        v.version = insertNextVersion(v);
        outbox.publish(EventTypes.INTAKE_RECORDED, ward, c.id.toString(), new IntakeRecorded(c.id, v.version, v.recordedOn));
        return v;
    }

    /**
     * Writes the version with the next number in one statement: the number is counted in the insert itself rather than
     * asked first. Two intakes recorded at once cannot both take a number: {@code unique (case_id, version)} refuses
     * the second.
     */
    private int insertNextVersion(IntakeVersion v) {
        return ((Number) IntakeVersion.getEntityManager().createNativeQuery("""
                insert into intake_version (id, ward, case_id, version, i_want, i_can, i_need, recorded_by, recorded_on,
                    recorded_at)
                select :id, :ward, :caseId, coalesce(max(version), 0) + 1, :iWant, :iCan, :iNeed, :recordedBy, :recordedOn,
                    :recordedAt
                from intake_version where ward = :ward and case_id = :caseId
                returning version""")
                .setParameter("id", v.id).setParameter("ward", v.ward).setParameter("caseId", v.caseId)
                .setParameter("iWant", v.iWant).setParameter("iCan", v.iCan).setParameter("iNeed", v.iNeed)
                .setParameter("recordedBy", v.recordedBy).setParameter("recordedOn", v.recordedOn)
                .setParameter("recordedAt", v.recordedAt).getSingleResult()).intValue();
    }

    /** Every version of the case's intake, oldest first. */
    public List<IntakeVersion> versions(UUID caseId) {
        return IntakeVersion.list("caseId = ?1 order by version", caseId);
    }
}
