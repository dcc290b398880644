package nl.wijknetwerk.budget.frame;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import nl.wijknetwerk.shared.ward.WardDirectory;

/** "Today" as the ward sees it: budget years run from 1 January to 31 December in the ward's own zone. */
@ApplicationScoped
public class WardCalendar {

    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Amsterdam");

    private final WardDirectory wards;
    private final Clock clock = Clock.systemUTC();

    public WardCalendar(WardDirectory wards) {
        this.wards = wards;
    }

    public LocalDate today(String ward) {
        ZoneId zone = wards.find(ward).map(w -> w.zone()).orElse(DEFAULT_ZONE);
        return LocalDate.now(clock.withZone(zone));
    }

    public boolean yearStarted(String ward, int year) {
        return !today(ward).isBefore(LocalDate.of(year, 1, 1));
    }

    public boolean yearOver(String ward, int year) {
        return today(ward).isAfter(LocalDate.of(year, 12, 31));
    }
}
