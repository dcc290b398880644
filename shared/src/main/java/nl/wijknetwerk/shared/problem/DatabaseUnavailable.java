package nl.wijknetwerk.shared.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The rule that tells a database that is away for a moment (a restart, a fail-over, an exhausted pool) from a
 * request or an event that is wrong: the first is answered 503 and tried again, the second is refused for good.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /**
     * @return whether the failure, however deeply wrapped, is SQLSTATE class 08 (connection exception), 57P01-57P03
     *         (admin shutdown, crash shutdown, cannot connect now), or no connection could be had in time. Suppressed
     *         exceptions count too: a connection ended at commit reaches the caller as a {@code RollbackException}
     *         whose cause is only in a suppressed {@code XAException}.
     */
    public static boolean causedBy(Throwable failure) {
        Deque<Throwable> toSee = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (failure != null) {
            toSee.push(failure);
        }
        while (!toSee.isEmpty()) {
            Throwable t = toSee.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (t instanceof SQLTransientConnectionException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t.getCause() != null) {
                toSee.push(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                toSee.push(suppressed);
            }
        }
        return false;
    }
}
