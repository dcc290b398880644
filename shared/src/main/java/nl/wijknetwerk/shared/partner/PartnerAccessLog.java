package nl.wijknetwerk.shared.partner;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.Callers;
import nl.wijknetwerk.shared.ward.WardContext;
import nl.wijknetwerk.shared.ward.WardWork;

/**
 * The access log of what a partner organisation's system does through the partner API of budget-service and
 * network-service, written as that organisation's system. A granted access is written in the request's
 * transaction; a refused one (a problem answer) in a transaction of its own, so it stays logged although the
 * request is rolled back.
 */
@ApplicationScoped
public class PartnerAccessLog {

    /** Token claim in which the identity provider states for whom a partner system acts. */
    public static final String ON_BEHALF_OF_CLAIM = "on_behalf_of";

    private final SecurityIdentity identity;
    private final WardContext context;
    private final MeterRegistry meters;
    private final WardWork work;

    public PartnerAccessLog(SecurityIdentity identity, WardContext context, MeterRegistry meters, WardWork work) {
        this.identity = identity;
        this.context = context;
        this.meters = meters;
        this.work = work;
    }

    /** Whether the caller is a partner system, whose every action here is logged. */
    public boolean partnerSystem() {
        return !identity.isAnonymous() && identity.hasRole(Roles.PARTNER_SYSTEM);
    }

    /**
     * Runs a partner system's action and logs it: granted when it answers, denied when it is refused with a problem
     * (which is thrown on). Callers that are not partner systems are not logged here.
     */
    public <T> T logged(String action, String subject, Supplier<T> work) {
        T result;
        try {
            result = work.get();
        } catch (ProblemException e) {
            if (partnerSystem()) {
                denied(action, subject);
            }
            throw e;
        }
        if (partnerSystem()) {
            granted(action, subject);
        }
        return result;
    }

    @Transactional
    public void granted(String action, String subject) {
        write(context.ward().orElse(null), action, subject, PartnerAccessEntry.Outcome.GRANTED);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void denied(String action, String subject) {
        refused(context.ward().orElse(null), action, subject);
    }

    /**
     * A partner system's request refused before its operation ran: by the ward wall (a ward not in its token, so
     * the request never acted in a ward; {@code ward} is the one it asked for) or because the operation is not
     * one of the partner API's ({@link PartnerWall}, {@code @RolesAllowed}). {@code subject} is the request,
     * e.g. {@code GET /api/wards/ruwaard/pulses/2026-Q1/aggregate}. Callers that are not partner systems are not
     * logged here. Quarkus refuses by {@code @RolesAllowed} on the I/O thread, where no transaction may start: there
     * the line is written on a worker, and the answer waits for the returned stage.
     */
    public CompletionStage<Void> refusedBeforeOperation(String ward, String action, String subject) {
        if (!partnerSystem()) {
            return CompletableFuture.completedFuture(null);
        }
        meters.counter("wijknetwerk.partner.access.denied", "action", action).increment();
        PartnerAccessEntry entry = entry(ward, action, subject, PartnerAccessEntry.Outcome.DENIED);
        if (!io.vertx.core.Context.isOnEventLoopThread()) {
            QuarkusTransaction.requiringNew().run(entry::persist);
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(() -> work.inWard(WardContext.NO_WARD, () -> {
            entry.persist();
            return null;
        }), Infrastructure.getDefaultWorkerPool());
    }

    private void refused(String ward, String action, String subject) {
        meters.counter("wijknetwerk.partner.access.denied", "action", action).increment();
        entry(ward, action, subject, PartnerAccessEntry.Outcome.DENIED).persist();
    }

    private void write(String ward, String action, String subject, PartnerAccessEntry.Outcome outcome) {
        entry(ward, action, subject, outcome).persist();
    }

    /** The line as the caller's token describes it, read on the request's thread. */
    private PartnerAccessEntry entry(String ward, String action, String subject, PartnerAccessEntry.Outcome outcome) {
        PartnerAccessEntry e = new PartnerAccessEntry();
        e.id = UUID.randomUUID();
        e.at = Instant.now();
        e.actor = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        e.actorRole = partnerSystem() ? Roles.PARTNER_SYSTEM : null;
        e.organisation = Callers.of(identity).organisation();
        e.ward = ward;
        e.subject = subject;
        e.action = action;
        e.outcome = outcome;
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            e.clientId = claim(jwt, "client_id");
            if (e.clientId == null) {
                e.clientId = claim(jwt, "azp");
            }
            e.onBehalfOf = claim(jwt, ON_BEHALF_OF_CLAIM);
        }
        return e;
    }

    private static String claim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        String text = value instanceof jakarta.json.JsonString json ? json.getString() : value == null ? null : value.toString();
        return text == null || text.isBlank() ? null : text.strip();
    }
}
