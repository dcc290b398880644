package nl.wijknetwerk.cases.casefile;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardContext;
import nl.wijknetwerk.shared.ward.WardDirectory;

/** Dates as the ward lives them: "today" in the ward's own time zone, not the server's. */
@ApplicationScoped
public class WardCalendar {

    private final WardContext context;
    private final WardDirectory wards;

    public WardCalendar(WardContext context, WardDirectory wards) {
        this.context = context;
        this.wards = wards;
    }

    public LocalDate today() {
        String ward = context.requireWard();
        return LocalDate.now(wards.find(ward).orElseThrow(() -> ProblemException.notFound("ward", ward)).zone());
    }

    public java.time.ZoneId zone() {
        String ward = context.requireWard();
        return wards.find(ward).orElseThrow(() -> ProblemException.notFound("ward", ward)).zone();
    }
}
