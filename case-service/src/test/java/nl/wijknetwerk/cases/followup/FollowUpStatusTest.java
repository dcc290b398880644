package nl.wijknetwerk.cases.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FollowUpStatusTest {

    private static final LocalDate FOLLOW_UP = LocalDate.of(2026, 3, 1);

    @Test
    void aFollowUpIsUpcomingUntilItsDateDueOnItAndOverdueAfter() {
        assertThat(FollowUpStatus.of(FOLLOW_UP, FOLLOW_UP.minusDays(1))).isEqualTo(FollowUpStatus.UPCOMING);
        assertThat(FollowUpStatus.of(FOLLOW_UP, FOLLOW_UP)).isEqualTo(FollowUpStatus.DUE);
        assertThat(FollowUpStatus.of(FOLLOW_UP, FOLLOW_UP.plusDays(1))).isEqualTo(FollowUpStatus.OVERDUE);
    }
}
