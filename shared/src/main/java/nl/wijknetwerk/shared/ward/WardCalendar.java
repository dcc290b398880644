package nl.wijknetwerk.shared.ward;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Dates as the ward lives them: "today" in the ward's own time zone, never the server's.
 * <p>
 * One fallback rule: a ward this service does not know (yet) counts in {@link #DEFAULT_ZONE}, the zone every ward
 * is onboarded with unless it names another. A request never meets the fallback — {@link WardAccessFilter} has
 * answered 404 for an unknown ward before the resource runs — so it only serves events and jobs that arrive before
 * the ward's own onboarding event.
 */
@ApplicationScoped
public class WardCalendar {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Amsterdam");

    private final WardDirectory wards;
    private final WardContext context;
    private final Clock clock = Clock.systemUTC();

    public WardCalendar(WardDirectory wards, WardContext context) {
        this.wards = wards;
        this.context = context;
    }

    public ZoneId zone(String ward) {
        return wards.find(ward).map(Ward::zone).orElse(DEFAULT_ZONE);
    }

    public LocalDate today(String ward) {
        return LocalDate.now(clock.withZone(zone(ward)));
    }

    /** The zone of the ward this request or event acts in. */
    public ZoneId zone() {
        return zone(context.requireWard());
    }

    /** Today in the ward this request or event acts in. */
    public LocalDate today() {
        return today(context.requireWard());
    }

    /** Today in a ward already in hand (jobs walking the list of wards). */
    public LocalDate today(Ward ward) {
        return LocalDate.now(clock.withZone(ward.zone()));
    }
}
