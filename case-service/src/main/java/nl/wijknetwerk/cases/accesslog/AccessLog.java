package nl.wijknetwerk.cases.accesslog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import nl.wijknetwerk.api.Claims;
import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.shared.ward.Callers;
import nl.wijknetwerk.shared.ward.WardContext;

/**
 * Writes the access log. A granted access is written in the transaction of the request, so a request that fails
 * leaves no trace of a change that never happened; a denied attempt is written in a transaction of its own, so it
 * stays logged although the request is refused (and rolled back).
 */
@ApplicationScoped
public class AccessLog {

    /**
     * Request header in which a caller says for whom it acts. Anyone can send it, so it is kept apart as a claim
     * ({@code claimed_on_behalf_of}); the log's "on behalf of" comes only from a signed token (see {@link #onBehalfOf}).
     */
    public static final String ON_BEHALF_OF_HEADER = "X-On-Behalf-Of";

    /** Token claim in which the identity provider states for whom a partner system acts. */
    public static final String ON_BEHALF_OF_CLAIM = Claims.ON_BEHALF_OF;

    private static final List<String> ROLES_BY_WEIGHT = List.of(Roles.PARTNER_SYSTEM, Roles.RESIDENT, Roles.PROFESSIONAL,
            Roles.MANAGER, Roles.DIRECTOR, Roles.CONTROLLER, Roles.FINANCIER, Roles.COORDINATOR);

    private final WardContext context;
    private final CurrentVertxRequest request;
    private final MeterRegistry meters;
    private final SecurityIdentity identity;

    public AccessLog(WardContext context, CurrentVertxRequest request, MeterRegistry meters, SecurityIdentity identity) {
        this.context = context;
        this.request = request;
        this.meters = meters;
        this.identity = identity;
    }

    @Transactional
    public void granted(String action, UUID residentId, UUID caseId) {
        write(action, residentId, caseId, AccessLogEntry.Outcome.GRANTED);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void denied(String action, UUID residentId, UUID caseId) {
        meters.counter("wijknetwerk.access.denied", "action", action).increment();
        write(action, residentId, caseId, AccessLogEntry.Outcome.DENIED);
    }

    /** The log of one resident's data (their own record and every case of theirs), oldest first. */
    public List<AccessLogEntry> ofResident(UUID residentId, List<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return AccessLogEntry.list("residentId = ?1 order by at, id", residentId);
        }
        return AccessLogEntry.list("residentId = ?1 or caseId in ?2 order by at, id", residentId, caseIds);
    }

    private void write(String action, UUID residentId, UUID caseId, AccessLogEntry.Outcome outcome) {
        AccessLogEntry e = new AccessLogEntry();
        e.id = UUID.randomUUID();
        e.at = Instant.now();
        e.actor = context.user() == null ? "anonymous" : context.user();
        e.actorRole = ROLES_BY_WEIGHT.stream().filter(context::hasRole).reduce((a, b) -> b).orElse(null);
        e.organisation = context.organisation();
        e.onBehalfOf = onBehalfOf();
        e.claimedOnBehalfOf = claimedOnBehalfOf();
        e.residentId = residentId;
        e.caseId = caseId;
        e.action = action;
        e.outcome = outcome;
        e.persist();
    }

    /**
     * For whom the caller acts, from a verified source only: the signed token of a partner system (a client, its
     * token has {@code client_id}) may carry {@value #ON_BEHALF_OF_CLAIM}; a person acts for themselves (null).
     */
    private String onBehalfOf() {
        return identity == null ? null : Callers.onBehalfOf(identity);
    }

    private String claimedOnBehalfOf() {
        var current = request.getCurrent();
        if (current == null) {
            return null;
        }
        String value = current.request().getHeader(ON_BEHALF_OF_HEADER);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
