package nl.wijknetwerk.cases.resident;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How other features look up a resident's records without querying them themselves. Nothing here is logged: the
 * caller has loaded the case through {@code CaseAccess} (which logs) or only checks a link, and {@link ResidentAccess}
 * is the way to read a resident's personal data on someone's behalf.
 */
@ApplicationScoped
public class ResidentQueries {

    /** The resident with this id in the given ward, or {@code null}. */
    public Resident inWard(UUID residentId, String ward) {
        Resident r = residentId == null ? null : Resident.findById(residentId);
        return r == null || !ward.equals(r.ward) ? null : r;
    }

    /** The resident with this id (the tenant filter keeps it to the current ward), or {@code null}. */
    public Resident find(UUID residentId) {
        return residentId == null ? null : Resident.findById(residentId);
    }

    /** Whether the resident's own login is this account. */
    public boolean hasAccount(UUID residentId, String account) {
        Resident r = find(residentId);
        return r != null && r.account != null && r.account.equals(account);
    }

    /** A member of a resident's network, or {@code null}. */
    public NetworkMember member(UUID networkMemberId) {
        return networkMemberId == null ? null : NetworkMember.findById(networkMemberId);
    }

    /** The resident's network, in the order it was recorded. */
    public List<NetworkMember> network(UUID residentId) {
        return NetworkMember.list("residentId = ?1 order by createdAt", residentId);
    }
}
