package nl.wijknetwerk.network.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A change of one account's wards that has not reached the identity provider yet. Not ward-owned: the scheduler
 * works through every ward's changes.
 */
@Entity
@Table(name = "account_ward_sync")
@IdClass(AccountWardSync.Key.class)
public class AccountWardSync extends PanacheEntityBase {

    /** The primary key: one waiting change per account and ward. */
    public static class Key implements java.io.Serializable {
        public String accountId;
        public String ward;

        public Key() {
        }

        public Key(String accountId, String ward) {
            this.accountId = accountId;
            this.ward = ward;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(accountId, k.accountId) && java.util.Objects.equals(ward, k.ward);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(accountId, ward);
        }
    }

    @Id
    @Column(name = "account_id")
    public String accountId;

    @Id
    public String ward;

    /** True: she joined the ward's network (add the ward); false: she left it (take it away). */
    @Column(nullable = false)
    public boolean granted;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Version
    public long version;
}
