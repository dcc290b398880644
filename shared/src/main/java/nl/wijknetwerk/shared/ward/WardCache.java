package nl.wijknetwerk.shared.ward;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The wards a service knows, held in memory so the ward check of a request does not read the database, and kept
 * current within a stated bound.
 * <p>
 * Several replicas of a service share one database but only one of them consumes a given ward event. So an entry is
 * served from memory for at most {@code maxAge} and then read again: a change committed to the database by any
 * replica (a suspension, a re-activation, a new name) takes effect on every replica within {@code maxAge}. On the
 * replica that applied the change it takes effect at once: {@link #changing} keeps the ward out of memory until the
 * change's transaction has ended, and {@link #changed} then drops what was held.
 * <p>
 * Only known wards are held: a ward not found is asked of the database again on the next request, so a ward onboarded
 * a moment ago works as soon as its row is committed, and an unknown ward stays unknown (404) however often it is asked.
 */
public final class WardCache {

    private record Entry(Ward ward, long readAt) {
    }

    private final Function<String, Optional<Ward>> database;
    private final LongSupplier nanoTime;
    private final long maxAgeNanos;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    /** Wards whose change is being written in a transaction not yet ended: read through, never held. */
    private final ConcurrentHashMap<String, Integer> changing = new ConcurrentHashMap<>();
    /** Counts changes, so a read that raced with one is not kept. */
    private final AtomicLong changes = new AtomicLong();

    /**
     * @param database reads a ward from the database (empty when unknown)
     * @param nanoTime a monotonic clock ({@code System::nanoTime})
     * @param maxAge   how long an entry is served from memory before it is read again
     */
    public WardCache(Function<String, Optional<Ward>> database, LongSupplier nanoTime, Duration maxAge) {
        this.database = database;
        this.nanoTime = nanoTime;
        this.maxAgeNanos = maxAge.toNanos();
    }

    public Optional<Ward> find(String slug) {
        long now = nanoTime.getAsLong();
        Entry entry = entries.get(slug);
        if (entry != null && now - entry.readAt() < maxAgeNanos && !changing.containsKey(slug)) {
            return Optional.of(entry.ward());
        }
        long changesBefore = changes.get();
        Optional<Ward> ward = database.apply(slug);
        if (ward.isEmpty() || changing.containsKey(slug)) {
            entries.remove(slug);
            return ward;
        }
        entries.put(slug, new Entry(ward.get(), now));
        if (changes.get() != changesBefore) {
            // A change ended while this read ran: what was read may predate it.
            entries.remove(slug);
        }
        return ward;
    }

    /** A change to the ward is being written: until {@link #changed}, every lookup reads the database. */
    public void changing(String slug) {
        changing.merge(slug, 1, Integer::sum);
        entries.remove(slug);
    }

    /** The change's transaction ended (committed or rolled back): the next lookup reads the ward again. */
    public void changed(String slug) {
        changes.incrementAndGet();
        entries.remove(slug);
        changing.computeIfPresent(slug, (key, n) -> n == 1 ? null : n - 1);
    }
}
