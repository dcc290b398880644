package nl.wijknetwerk.network.account;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

import nl.wijknetwerk.network.webhook.RetrySchedule;

/**
 * Applies the waiting changes of accounts' wards at the identity provider. One account at a time, under a database
 * lock on that account, so two replicas never read and write back the same user at once (which would lose one's
 * ward); all of the account's waiting changes are applied in one write. A change is removed only if it was not
 * replaced meanwhile; a failed one is tried again later, waiting twice as long each time.
 */
@ApplicationScoped
public class AccountWardsSync {

    private static final Logger LOG = Logger.getLogger(AccountWardsSync.class);
    private static final int ACCOUNTS_PER_ROUND = 20;

    private final AccountSyncConfig config;
    private final IdentityProviderUsers users;
    private final MeterRegistry meters;

    public AccountWardsSync(AccountSyncConfig config, IdentityProviderUsers users, MeterRegistry meters) {
        this.config = config;
        this.users = users;
        this.meters = meters;
    }

    void announce(@Observes StartupEvent started) {
        if (!config.enabled()) {
            LOG.warn("Professionals' wards are not passed to the identity provider (wijknetwerk.accounts.client-secret is not set);"
                    + " changes wait in account_ward_sync until it is");
        }
    }

    @Scheduled(every = "${wijknetwerk.accounts.sync-every:2s}", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void round() {
        if (!config.enabled()) {
            return;
        }
        for (String account : QuarkusTransaction.requiringNew().call(AccountWardsSync::dueAccounts)) {
            try {
                QuarkusTransaction.requiringNew().timeout(120).run(() -> sync(account));
            } catch (RuntimeException e) {
                LOG.errorf(e, "The wards of account %s could not be passed on; tried again next round", account);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> dueAccounts() {
        return AccountWardSync.getEntityManager().createNativeQuery("""
                select account_id from account_ward_sync where next_attempt_at <= ?1
                group by account_id order by min(next_attempt_at) limit ?2""", String.class)
                .setParameter(1, Instant.now()).setParameter(2, ACCOUNTS_PER_ROUND).getResultList();
    }

    private void sync(String account) {
        var em = AccountWardSync.getEntityManager();
        boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('account_ward_sync:' || ?1))")
                .setParameter(1, account).getSingleResult();
        if (!locked) {
            return; // another replica is at this account now
        }
        List<AccountWardSync> changes = AccountWardSync.<AccountWardSync> list("accountId", account).stream()
                .sorted(Comparator.comparing(c -> c.requestedAt)).toList();
        if (changes.isEmpty()) {
            return;
        }
        String failure;
        try {
            IdentityProviderUsers.Outcome outcome = users.changeWards(account, wards -> {
                List<String> next = wards;
                for (AccountWardSync c : changes) {
                    next = AccountWards.apply(next, c.ward, c.granted);
                }
                return next;
            });
            meters.counter("wijknetwerk.accounts.sync", "outcome", outcome.name().toLowerCase()).increment();
            if (outcome != IdentityProviderUsers.Outcome.NO_SUCH_ACCOUNT) {
                for (AccountWardSync c : changes) {
                    em.createNativeQuery("delete from account_ward_sync where account_id = ?1 and ward = ?2 and version = ?3")
                            .setParameter(1, c.accountId).setParameter(2, c.ward).setParameter(3, c.version).executeUpdate();
                }
                LOG.infof("Wards of account %s passed to the identity provider (%s): %s", account, outcome,
                        changes.stream().map(c -> (c.granted ? "+" : "-") + c.ward).toList());
                return;
            }
            failure = "no account '" + account + "' at the identity provider";
        } catch (IOException e) {
            meters.counter("wijknetwerk.accounts.sync", "outcome", "failed").increment();
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        }
        Instant now = Instant.now();
        for (AccountWardSync c : changes) {
            Duration wait = wait(c.attempts + 1);
            em.createNativeQuery("""
                    update account_ward_sync set attempts = attempts + 1, last_error = ?4, next_attempt_at = ?5
                    where account_id = ?1 and ward = ?2 and version = ?3""")
                    .setParameter(1, c.accountId).setParameter(2, c.ward).setParameter(3, c.version)
                    .setParameter(4, failure).setParameter(5, now.plus(wait)).executeUpdate();
        }
        LOG.warnf("Wards of account %s not passed to the identity provider: %s; tried again in %s", account, failure,
                wait(changes.get(0).attempts + 1));
    }

    /** The wait after the given number of failed attempts: the webhooks' backoff, without ever giving up. */
    Duration wait(int failedAttempts) {
        return new RetrySchedule(config.firstRetryAfter(), config.longestRetryWait(), Integer.MAX_VALUE, Integer.MAX_VALUE,
                Duration.ZERO).waitAfter(failedAttempts);
    }
}
