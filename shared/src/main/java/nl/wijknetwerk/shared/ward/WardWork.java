package nl.wijknetwerk.shared.ward;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The one way to do work in a ward outside an HTTP request: scheduled jobs, the outbox relay, event consumption.
 * Each call gets a request context of its own (so its {@link WardContext} is nobody else's), acts as the system in
 * the ward, and only then opens a new transaction: Hibernate fixes a session's tenant when the session opens, so the
 * ward must be set before the first database access. Use {@link WardContext#ALL_WARDS} for cross-ward work.
 */
@ApplicationScoped
public class WardWork {

    private static final Logger LOG = Logger.getLogger(WardWork.class);

    private final WardContext context;

    public WardWork(WardContext context) {
        this.context = context;
    }

    /** The wards that accept writes now (not suspended), for jobs that run in each of them. */
    public List<Ward> activeWards() {
        return inWard(WardContext.ALL_WARDS, () -> KnownWard.<KnownWard> listAll().stream()
                .map(KnownWard::toWard).filter(Ward::acceptsWrites).toList());
    }

    /**
     * Runs a scheduled job's work in each active ward, one ward at a time in its own transaction: a failure in one
     * ward is logged as "{@code job} failed in ward …" and never keeps the others from their turn.
     */
    public void inEachActiveWard(String job, Consumer<Ward> work) {
        for (Ward ward : activeWards()) {
            try {
                inWard(ward.slug(), () -> {
                    work.accept(ward);
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.warnf("%s failed in ward %s: %s", job, ward.slug(), e.getMessage());
            }
        }
    }

    /** Runs {@code work} in {@code ward} in a fresh request context and a new transaction, and returns its result. */
    public <T> T inWard(String ward, Callable<T> work) {
        ManagedContext request = Arc.container().requestContext();
        // Called from within a request (a rebuild, a test): set that context aside and give it back afterwards.
        InjectableContext.ContextState outer = request.isActive() ? request.getState() : null;
        if (outer != null) {
            request.deactivate();
        }
        request.activate();
        try {
            context.actAsSystem(ward);
            return QuarkusTransaction.requiringNew().call(work);
        } finally {
            request.terminate();
            if (outer != null) {
                request.activate(outer);
            }
        }
    }
}
