package nl.wijknetwerk.shared.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.shared.event.EventEnvelope;

/** How a poll is cut into transactions, and how a failing one is split to find the events that fail on their own. */
class BatchSplitTest {

    /** Applies a part all-or-nothing, like a transaction: nothing of a failing part stays applied. */
    private static final class Ledger {
        final List<Integer> applied = new ArrayList<>();
        final Map<Integer, String> failed = new LinkedHashMap<>();
        int attempts;

        void apply(List<Integer> batch, Set<Integer> poison) {
            BatchSplit.apply(batch, part -> {
                attempts++;
                List<Integer> tx = new ArrayList<>();
                for (Integer i : part) {
                    if (poison.contains(i)) {
                        throw new IllegalStateException("event " + i + " breaks its effect");
                    }
                    tx.add(i);
                }
                applied.addAll(tx); // the commit
            }, (i, reason) -> failed.put(i, reason.getMessage()));
        }
    }

    @Test
    void aBatchWithoutFailuresIsAppliedInOneAttempt() {
        Ledger ledger = new Ledger();
        ledger.apply(range(500), Set.of());
        assertThat(ledger.attempts).isEqualTo(1);
        assertThat(ledger.applied).isEqualTo(range(500));
        assertThat(ledger.failed).isEmpty();
    }

    @Test
    void poisonInABatchIsFoundBySplittingAndEverythingElseIsAppliedOnceInOrder() {
        Ledger ledger = new Ledger();
        ledger.apply(range(500), Set.of(3, 257, 499));
        assertThat(ledger.failed).containsOnlyKeys(3, 257, 499);
        assertThat(ledger.failed.get(257)).isEqualTo("event 257 breaks its effect");
        List<Integer> rest = range(500).stream().filter(i -> i != 3 && i != 257 && i != 499).toList();
        assertThat(ledger.applied).isEqualTo(rest);
        // Three poison events among 500: a few dozen attempts, not one transaction per event.
        assertThat(ledger.attempts).isLessThan(60);
    }

    @Test
    void aBatchOfOnlyPoisonSetsEachAsideOnItsOwn() {
        Ledger ledger = new Ledger();
        ledger.apply(range(4), Set.of(0, 1, 2, 3));
        assertThat(ledger.failed).containsOnlyKeys(0, 1, 2, 3);
        assertThat(ledger.applied).isEmpty();
    }

    @Test
    void aPollIsTakenPerWardKeepingTheOrderOfEachWard() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        List<EventConsumer.Indexed> poll = List.of(event(0, "ruwaard", a), event(1, "ussen", b), event(2, "ruwaard", a), event(3, "ussen", b));
        assertThat(EventConsumer.byWard(poll)).extracting(part -> part.stream().map(EventConsumer.Indexed::index).toList())
                .containsExactly(List.of(0, 2), List.of(1, 3));
    }

    @Test
    void aKeySeenInTwoWardsKeepsThePollsOrderInRunsOfOneWard() {
        UUID shared = UUID.randomUUID();
        List<EventConsumer.Indexed> poll = List.of(event(0, "ruwaard", shared), event(1, "ussen", shared), event(2, "ruwaard", shared));
        assertThat(EventConsumer.byWard(poll)).extracting(part -> part.stream().map(EventConsumer.Indexed::index).toList())
                .containsExactly(List.of(0), List.of(1), List.of(2));
    }

    private static EventConsumer.Indexed event(int index, String ward, UUID subject) {
        return new EventConsumer.Indexed(index, new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "case-opened",
                "test", Instant.now(), subject.toString(), ward, EventEnvelope.JSON, null));
    }

    private static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().toList();
    }
}
