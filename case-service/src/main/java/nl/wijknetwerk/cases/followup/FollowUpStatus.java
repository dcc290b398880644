package nl.wijknetwerk.cases.followup;

import java.time.LocalDate;

/**
 * "Niet zomaar los": a resident who declined help gets a follow-up contact. It is upcoming until its date, due on
 * the date, and overdue from the day after while the case is still declined (reopening it at the contact ends it).
 */
public enum FollowUpStatus {
    UPCOMING, DUE, OVERDUE;

    public static FollowUpStatus of(LocalDate followUpOn, LocalDate today) {
        if (today.isBefore(followUpOn)) {
            return UPCOMING;
        }
        return today.isAfter(followUpOn) ? OVERDUE : DUE;
    }
}
