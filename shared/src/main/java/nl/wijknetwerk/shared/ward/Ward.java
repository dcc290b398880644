package nl.wijknetwerk.shared.ward;

import java.time.ZoneId;

/** What every service needs to know of a ward: it exists, its zone, and whether it accepts changes. */
public record Ward(String slug, String name, ZoneId zone, Status status) {

    public enum Status {
        ACTIVE, SUSPENDED
    }

    public boolean acceptsWrites() {
        return status == Status.ACTIVE;
    }
}
