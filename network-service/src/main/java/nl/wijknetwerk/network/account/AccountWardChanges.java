package nl.wijknetwerk.network.account;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Records that an account joined or left a ward's network, in the membership's own transaction, so the identity
 * provider is told exactly what the network decided even when it is away at that moment ({@link AccountWardsSync}
 * applies it). A later change of the same account and ward replaces a waiting one.
 */
@ApplicationScoped
public class AccountWardChanges {

    @Transactional(Transactional.TxType.MANDATORY)
    public void joined(String ward, String accountId) {
        record(ward, accountId, true);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void left(String ward, String accountId) {
        record(ward, accountId, false);
    }

    private static void record(String ward, String accountId, boolean granted) {
        Instant now = Instant.now();
        AccountWardSync.getEntityManager().createNativeQuery("""
                insert into account_ward_sync (account_id, ward, granted, requested_at, next_attempt_at)
                values (?1, ?2, ?3, ?4, ?4)
                on conflict (account_id, ward) do update set granted = excluded.granted,
                    requested_at = excluded.requested_at, next_attempt_at = excluded.next_attempt_at, attempts = 0,
                    last_error = null, version = account_ward_sync.version + 1""")
                .setParameter(1, accountId).setParameter(2, ward).setParameter(3, granted).setParameter(4, now)
                .executeUpdate();
    }
}
