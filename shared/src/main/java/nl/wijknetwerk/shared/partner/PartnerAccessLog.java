package nl.wijknetwerk.shared.partner;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import nl.wijknetwerk.api.Roles;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.Callers;
import nl.wijknetwerk.shared.ward.WardContext;

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

    public PartnerAccessLog(SecurityIdentity identity, WardContext context, MeterRegistry meters) {
        this.identity = identity;
        this.context = context;
        this.meters = meters;
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
        write(action, subject, PartnerAccessEntry.Outcome.GRANTED);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void denied(String action, String subject) {
        meters.counter("wijknetwerk.partner.access.denied", "action", action).increment();
        write(action, subject, PartnerAccessEntry.Outcome.DENIED);
    }

    private void write(String action, String subject, PartnerAccessEntry.Outcome outcome) {
        PartnerAccessEntry e = new PartnerAccessEntry();
        e.id = UUID.randomUUID();
        e.at = Instant.now();
        e.actor = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        e.actorRole = partnerSystem() ? Roles.PARTNER_SYSTEM : null;
        e.organisation = Callers.of(identity).organisation();
        e.ward = context.ward().orElse(null);
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
        e.persist();
    }

    private static String claim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        String text = value instanceof jakarta.json.JsonString json ? json.getString() : value == null ? null : value.toString();
        return text == null || text.isBlank() ? null : text.strip();
    }
}
