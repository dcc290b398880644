package nl.wijknetwerk.shared.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * The rule that tells a database that is away for a moment (a restart, a fail-over, an exhausted pool) from a
 * request or an event that is wrong: the first is answered 503 and tried again, the second is refused for good.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /**
     * @return whether the failure, however deeply wrapped, is SQLSTATE class 08 (connection exception), 57P01-57P03
     *         (admin shutdown, crash shutdown, cannot connect now), or no connection could be had in time
     */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (t instanceof SQLTransientConnectionException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }
}
