package nl.wijknetwerk.shared.ward;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** The ward directory's memory: known wards from memory, unknown ones always asked, changes within the bound. */
class WardCacheTest {

    private final Map<String, Ward> table = new HashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final WardCache cache = new WardCache(slug -> {
        reads.incrementAndGet();
        return Optional.ofNullable(table.get(slug));
    }, now::get, Duration.ofSeconds(1));

    private static Ward ward(String slug, Ward.Status status) {
        return new Ward(slug, slug, ZoneId.of("Europe/Amsterdam"), status);
    }

    private void later(Duration d) {
        now.addAndGet(d.toNanos());
    }

    @Test
    void aKnownWardIsReadOnceAndThenServedFromMemoryWithinTheBound() {
        table.put("ruwaard", ward("ruwaard", Ward.Status.ACTIVE));

        assertThat(cache.find("ruwaard")).hasValueSatisfying(w -> assertThat(w.acceptsWrites()).isTrue());
        later(Duration.ofMillis(999));
        assertThat(cache.find("ruwaard")).isPresent();

        assertThat(reads).hasValue(1);
    }

    @Test
    void anUnknownWardIsAskedOfTheDatabaseEveryTimeSoAWardOnboardedAMomentAgoIsFoundAtOnce() {
        assertThat(cache.find("ussen")).isEmpty();
        assertThat(cache.find("ussen")).isEmpty();
        assertThat(reads).hasValue(2);

        table.put("ussen", ward("ussen", Ward.Status.ACTIVE));
        assertThat(cache.find("ussen")).isPresent();
    }

    @Test
    void aSuspensionWrittenByAnotherReplicaTakesEffectOnceTheBoundHasPassed() {
        table.put("ruwaard", ward("ruwaard", Ward.Status.ACTIVE));
        assertThat(cache.find("ruwaard")).hasValueSatisfying(w -> assertThat(w.acceptsWrites()).isTrue());

        table.put("ruwaard", ward("ruwaard", Ward.Status.SUSPENDED));
        later(Duration.ofSeconds(1));

        assertThat(cache.find("ruwaard")).hasValueSatisfying(w -> assertThat(w.acceptsWrites()).isFalse());
    }

    @Test
    void aChangeAppliedOnThisReplicaTakesEffectAtOnceAndIsNotHeldBeforeItsTransactionEnds() {
        table.put("ruwaard", ward("ruwaard", Ward.Status.ACTIVE));
        cache.find("ruwaard");

        cache.changing("ruwaard");
        table.put("ruwaard", ward("ruwaard", Ward.Status.SUSPENDED));
        // Read inside the transaction that writes it: seen there, but not kept for others.
        assertThat(cache.find("ruwaard")).hasValueSatisfying(w -> assertThat(w.acceptsWrites()).isFalse());
        table.put("ruwaard", ward("ruwaard", Ward.Status.ACTIVE)); // the transaction rolled back
        cache.changed("ruwaard");

        assertThat(cache.find("ruwaard")).hasValueSatisfying(w -> assertThat(w.acceptsWrites()).isTrue());
        int before = reads.get();
        assertThat(cache.find("ruwaard")).isPresent();
        assertThat(reads).hasValue(before);
    }

    @Test
    void aReadThatRacedWithAChangeIsNotKept() {
        table.put("ruwaard", ward("ruwaard", Ward.Status.ACTIVE));
        AtomicReference<WardCache> racing = new AtomicReference<>();
        racing.set(new WardCache(slug -> {
            Optional<Ward> read = Optional.ofNullable(table.get(slug));
            if (read.orElseThrow().acceptsWrites()) {
                // The consumer commits a suspension just after this read.
                table.put(slug, ward(slug, Ward.Status.SUSPENDED));
                racing.get().changed(slug);
            }
            return read;
        }, now::get, Duration.ofSeconds(1)));

        assertThat(racing.get().find("ruwaard")).hasValueSatisfying(w -> assertThat(w.acceptsWrites()).isTrue());
        assertThat(racing.get().find("ruwaard")).hasValueSatisfying(w -> assertThat(w.acceptsWrites()).isFalse());
    }
}
