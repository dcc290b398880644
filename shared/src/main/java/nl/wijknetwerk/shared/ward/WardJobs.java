package nl.wijknetwerk.shared.ward;

import java.util.List;
import java.util.concurrent.Callable;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Background work per ward (scheduled jobs): which wards accept writes, and running a piece of work in one ward's
 * tenant, in a request context and a transaction of its own, so one ward's trouble never blocks another's.
 */
public final class WardJobs {

    private WardJobs() {
    }

    /** The wards that accept writes now (not suspended). */
    public static List<Ward> activeWards() {
        return inWard(WardContext.ALL_WARDS, () -> KnownWard.<KnownWard> listAll().stream()
                .map(KnownWard::toWard).filter(Ward::acceptsWrites).toList());
    }

    /** Runs the work as the system in the given ward, in a new transaction. */
    public static <T> T inWard(String ward, Callable<T> work) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            Arc.container().instance(WardContext.class).get().actAsSystem(ward);
            return QuarkusTransaction.requiringNew().call(work);
        } finally {
            request.terminate();
        }
    }
}
