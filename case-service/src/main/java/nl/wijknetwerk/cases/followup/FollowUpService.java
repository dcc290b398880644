package nl.wijknetwerk.cases.followup;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import nl.wijknetwerk.cases.casefile.CaseAccess;
import nl.wijknetwerk.cases.casefile.CaseFile;
import nl.wijknetwerk.shared.ward.WardCalendar;
import nl.wijknetwerk.cases.followup.FollowUpApi.FollowUp;
import nl.wijknetwerk.cases.followup.FollowUpApi.FollowUps;

/** The follow-up contacts of declined cases the caller may see, so nobody who declined help is just let go. */
@ApplicationScoped
public class FollowUpService {

    private final CaseAccess access;
    private final WardCalendar calendar;

    public FollowUpService(CaseAccess access, WardCalendar calendar) {
        this.access = access;
        this.calendar = calendar;
    }

    public LocalDate today() {
        return calendar.today();
    }

    public FollowUps list(LocalDate on, Optional<String> professional, int page, int size) {
        List<FollowUp> all = access.visibleCases().list().stream()
                .filter(c -> c.status == CaseFile.Status.DECLINED && c.followUpOn != null)
                .filter(c -> professional.isEmpty() || professional.get().equals(c.openedBy))
                .map(c -> new FollowUp(c.id, c.declinedOn, c.followUpOn, FollowUpStatus.of(c.followUpOn, on), c.openedBy))
                .sorted(Comparator.comparing(FollowUp::followUpOn).thenComparing(f -> f.caseId().toString()))
                .toList();
        long overdue = all.stream().filter(f -> f.status() == FollowUpStatus.OVERDUE).count();
        return new FollowUps(on, overdue, all.size(), all.stream().skip((long) page * size).limit(size).toList());
    }
}
