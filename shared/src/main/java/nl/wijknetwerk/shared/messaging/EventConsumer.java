package nl.wijknetwerk.shared.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import nl.wijknetwerk.shared.WijknetwerkConfig;
import nl.wijknetwerk.shared.event.EventEnvelope;
import nl.wijknetwerk.shared.event.EventFactory;
import nl.wijknetwerk.shared.problem.DatabaseUnavailable;
import nl.wijknetwerk.shared.ward.WardWork;

/**
 * The one way a service consumes events: parse and validate each (a poison message is set aside on the channel's
 * dead-letter topic), act as the event's ward ({@link WardWork}), skip redeliveries, and apply the effect in a
 * transaction together with the idempotency record. Callers annotate their {@code @Incoming} method with
 * {@code @Blocking} and delegate here.
 *
 * <p>A channel with {@code batch=true} hands over a whole poll ({@link #consumeBatch}): the events of one ward are
 * applied in one transaction (a session acts for one tenant, so a poll that spans wards takes one transaction per
 * ward), their idempotency records written by one statement. A batch that fails is split in halves until the event
 * that fails on its own is found; that one goes to the dead-letter topic by itself, all others are applied once, in
 * order. Events of one key (subject) keep their order: a ward's events keep the poll's order, and when a key appears
 * in more than one ward of a poll, the poll is taken in runs of consecutive events of one ward instead.
 *
 * <p>A consumer that names the types it acts on passes every other type over: the event is checked against the envelope's
 * contract (an unreadable one still goes to the dead-letter topic) and counted as consumed, but takes no transaction and
 * leaves no idempotency record, because applying it again would do nothing either. Most events on a topic concern
 * one or two of its consumers; the others no longer pay a commit for them.
 *
 * <p>A database that is away for a moment (restart, fail-over) is not the event's fault: the same events are tried
 * again, with backoff, before the next ones (order kept), for up to {@code wijknetwerk.events.unavailable-retry};
 * only then, or for any other failure, does an event go to the dead-letter topic.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final Duration FIRST_WAIT = Duration.ofMillis(100);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

    /** For a consumer whose effect looks at every type. */
    public static final Predicate<String> EVERY_TYPE = type -> true;

    private final EventFactory events;
    private final EventInbox inbox;
    private final WardWork wardWork;
    private final MeterRegistry registry;
    private final Duration unavailableRetry;
    private final Map<List<String>, Counter> counters = new ConcurrentHashMap<>();

    public EventConsumer(EventFactory events, EventInbox inbox, WardWork wardWork, MeterRegistry registry,
            WijknetwerkConfig config) {
        this.events = events;
        this.inbox = inbox;
        this.wardWork = wardWork;
        this.registry = registry;
        this.unavailableRetry = config.events().unavailableRetry();
    }

    /** A whole poll of a {@code batch=true} channel, every type handed to the effect; see the class comment. */
    public CompletionStage<Void> consumeBatch(String consumer, KafkaRecordBatch<String, String> batch, Consumer<EventEnvelope> effect) {
        return consumeBatch(consumer, batch, EVERY_TYPE, effect, applied -> {
        });
    }

    /**
     * A whole poll of a {@code batch=true} channel of which the effect acts only on the types in {@code actsOn}: an event
     * of any other type is checked against the envelope's contract and counted as consumed, but takes no transaction
     * and leaves no idempotency record (applying it again would do nothing either), and its data is not validated.
     */
    public CompletionStage<Void> consumeBatch(String consumer, KafkaRecordBatch<String, String> batch, Set<String> actsOn,
            Consumer<EventEnvelope> effect) {
        return consumeBatch(consumer, batch, actsOn::contains, effect, applied -> {
        });
    }

    /**
     * @param actsOn    the types the effect acts on (see above); {@link #EVERY_TYPE} for all
     * @param committed called after each transaction commits with the events it applied for the first time
     * @return completes once the poison records are on the dead-letter topic and the rest are acknowledged
     */
    public CompletionStage<Void> consumeBatch(String consumer, KafkaRecordBatch<String, String> batch, Predicate<String> actsOn,
            Consumer<EventEnvelope> effect, Consumer<List<EventEnvelope>> committed) {
        List<KafkaRecord<String, String>> records = batch.getRecords();
        Map<Integer, RuntimeException> poison = apply(consumer, records.stream().map(KafkaRecord::getPayload).toList(), actsOn, effect,
                committed);
        poison.forEach((index, reason) -> {
            LOG.warnf("%s sets message %d of a poll aside on the dead-letter topic: %s", consumer, index, reason.toString());
            deadLettered(consumer).increment();
        });
        // One by one, like a single failed message: the channel's failure strategy puts each on the dead-letter topic.
        Set<KafkaRecord<String, String>> nacked = Collections.newSetFromMap(new IdentityHashMap<>());
        List<CompletableFuture<Void>> deadLetters = new ArrayList<>();
        poison.forEach((index, reason) -> {
            KafkaRecord<String, String> record = records.get(index);
            nacked.add(record);
            deadLetters.add(record.nack(reason).toCompletableFuture());
        });
        // Only then acknowledge: the committed offset passes a poison record once it is set aside, not before.
        return CompletableFuture.allOf(deadLetters.toArray(CompletableFuture[]::new)).thenCompose(done -> CompletableFuture.allOf(
                batch.getLatestOffsetRecords().values().stream().filter(r -> !nacked.contains(r))
                        .map(r -> r.ack().toCompletableFuture()).toArray(CompletableFuture[]::new)));
    }

    /**
     * Applies a poll's messages in order.
     * @return the position of every message that failed on its own (unreadable, off-contract, or its effect failed),
     *         with the reason
     */
    Map<Integer, RuntimeException> apply(String consumer, List<String> messages, Predicate<String> actsOn, Consumer<EventEnvelope> effect,
            Consumer<List<EventEnvelope>> committed) {
        Map<Integer, RuntimeException> poison = new TreeMap<>();
        List<Indexed> readable = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            try {
                EventEnvelope event = events.read(messages.get(i), actsOn);
                if (actsOn.test(event.type())) {
                    readable.add(new Indexed(i, event));
                } else {
                    counter("wijknetwerk.events.consumed", consumer, event.type()).increment();
                }
            } catch (RuntimeException e) {
                poison.put(i, e);
            }
        }
        for (List<Indexed> part : byWard(readable)) {
            BatchSplit.apply(part, p -> applyPatiently(consumer, p, effect, committed), (event, reason) -> poison.put(event.index(), reason));
        }
        return poison;
    }

    /**
     * A rebuild's poll, applied as a live one is (one transaction per ward, a failing batch split to find the events
     * that fail on their own, a database away for a moment waited for), but nothing goes to a dead-letter topic: the
     * live consumer set those events aside already.
     * @return the position of every message that failed on its own, with the reason
     */
    public Map<Integer, RuntimeException> replay(String consumer, List<String> messages, Consumer<EventEnvelope> effect) {
        return apply(consumer, messages, EVERY_TYPE, effect, applied -> {
        });
    }

    /** The events of each ward in order; runs of one ward instead when a key appears in more than one ward. */
    static List<List<Indexed>> byWard(List<Indexed> batch) {
        Map<String, String> wardOfKey = new HashMap<>();
        boolean keysStayInTheirWard = true;
        for (Indexed e : batch) {
            String ward = wardOfKey.putIfAbsent(String.valueOf(e.envelope().subject()), e.envelope().wardid());
            keysStayInTheirWard &= ward == null || ward.equals(e.envelope().wardid());
            keysStayInTheirWard &= e.envelope().wardid() != null;
        }
        List<List<Indexed>> parts = new ArrayList<>();
        if (keysStayInTheirWard) {
            Map<String, List<Indexed>> byWard = new LinkedHashMap<>();
            batch.forEach(e -> byWard.computeIfAbsent(e.envelope().wardid(), w -> new ArrayList<>()).add(e));
            parts.addAll(byWard.values());
        } else {
            for (Indexed e : batch) {
                if (parts.isEmpty() || !Objects.equals(parts.get(parts.size() - 1).get(0).envelope().wardid(), e.envelope().wardid())) {
                    parts.add(new ArrayList<>());
                }
                parts.get(parts.size() - 1).add(e);
            }
        }
        return parts;
    }

    /** Applies events of one ward in one transaction, waiting for a database that is away for a moment. */
    private void applyPatiently(String consumer, List<Indexed> part, Consumer<EventEnvelope> effect,
            Consumer<List<EventEnvelope>> committed) {
        long giveUpAt = System.nanoTime() + unavailableRetry.toNanos();
        Duration wait = FIRST_WAIT;
        while (true) {
            try {
                List<EventEnvelope> applied = wardWork.inWard(part.get(0).envelope().wardid(), () -> applyOnce(consumer, part, effect));
                for (EventEnvelope e : applied) {
                    counter("wijknetwerk.events.consumed", consumer, e.type()).increment();
                }
                if (applied.size() < part.size()) {
                    LOG.debugf("%s skips %d redelivered event(s)", consumer, part.size() - applied.size());
                    counter("wijknetwerk.events.redelivered", consumer, null).increment(part.size() - applied.size());
                }
                committed.accept(applied);
                return;
            } catch (RuntimeException e) {
                if (!DatabaseUnavailable.causedBy(e) || System.nanoTime() > giveUpAt) {
                    throw e;
                }
                LOG.warnf("%s waits %d ms for the database before trying %d event(s) again: %s", consumer, wait.toMillis(),
                        part.size(), e.toString());
                pause(wait);
                wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
            }
        }
    }

    private List<EventEnvelope> applyOnce(String consumer, List<Indexed> part, Consumer<EventEnvelope> effect) {
        Set<UUID> first = inbox.firstDeliveries(consumer, part.stream().map(e -> e.envelope().id()).toList());
        Set<UUID> seen = new HashSet<>();
        List<EventEnvelope> applied = new ArrayList<>(part.size());
        for (Indexed e : part) {
            // A poll may hold the same event twice (a relay that sent again): only its first copy counts.
            if (first.contains(e.envelope().id()) && seen.add(e.envelope().id())) {
                applied.add(e.envelope());
            }
        }
        if (effect instanceof Prepared prepared && !applied.isEmpty()) {
            prepared.prepare().accept(applied);
        }
        applied.forEach(effect);
        return applied;
    }

    /**
     * An effect that first sees every event the transaction will apply, in the same transaction: to read in one query
     * per kind what each event would otherwise look up on its own.
     */
    public record Prepared(Consumer<List<EventEnvelope>> prepare, Consumer<EventEnvelope> each) implements Consumer<EventEnvelope> {
        @Override
        public void accept(EventEnvelope event) {
            each.accept(event);
        }
    }

    private Counter deadLettered(String consumer) {
        return counter("wijknetwerk.events.dead.lettered", consumer, null);
    }

    /** Meters are registered once per name, consumer and type, not looked up again for every event. */
    private Counter counter(String name, String consumer, String type) {
        return counters.computeIfAbsent(Arrays.asList(name, consumer, type), k -> type == null
                ? registry.counter(name, "consumer", consumer)
                : registry.counter(name, "consumer", consumer, "type", type));
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", e);
        }
    }

    /** An event and its position in the poll. */
    record Indexed(int index, EventEnvelope envelope) {
    }
}
