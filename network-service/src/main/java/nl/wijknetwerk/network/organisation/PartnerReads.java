package nl.wijknetwerk.network.organisation;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.SecurityIdentity;
import nl.wijknetwerk.shared.partner.PartnerAccessLog;
import nl.wijknetwerk.shared.ward.Callers;

/**
 * What network-service answers a partner organisation's system, in one place: its wards, its own organisation and
 * its own professionals (the account ids its agreements name), nothing of other organisations and nothing of the
 * network's learning (pulses, leersessies, leerplannen), which the partner wall refuses. Every read is logged.
 */
@ApplicationScoped
public class PartnerReads {

    private final PartnerAccessLog log;
    private final SecurityIdentity identity;

    public PartnerReads(PartnerAccessLog log, SecurityIdentity identity) {
        this.log = log;
        this.identity = identity;
    }

    /** Whether the caller may see what belongs to this organisation: anyone but another organisation's system. */
    public boolean maySee(String organisationId) {
        return !log.partnerSystem() || organisationId != null && organisationId.equals(Callers.of(identity).organisation());
    }

    /** Runs a read and, for a partner system, logs it: granted, or denied when it is refused with a problem. */
    public <T> T logged(String action, String subject, Supplier<T> read) {
        return log.logged(action, subject, read);
    }
}
