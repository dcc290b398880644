package nl.wijknetwerk.network.ward;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardDirectory;

/** Today as the ward counts it: dates are local to the ward's time zone, not the server's. */
@ApplicationScoped
public class WardCalendar {

    private final WardDirectory wards;
    private final Clock clock = Clock.systemUTC();

    public WardCalendar(WardDirectory wards) {
        this.wards = wards;
    }

    public LocalDate today(String ward) {
        return LocalDate.now(clock.withZone(wards.find(ward).orElseThrow(() -> ProblemException.notFound("ward", ward)).zone()));
    }
}
