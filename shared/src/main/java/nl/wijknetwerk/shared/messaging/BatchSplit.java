package nl.wijknetwerk.shared.messaging;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Finds the items that fail in a batch applied all-or-nothing: the whole batch is tried first; a failing batch is
 * split in two halves, tried in order (the first half committed before the second is tried), and so on down to
 * single items. An item that fails on its own is handed to {@code failed}; every other item is applied exactly once,
 * in the batch's order. A batch without failures costs one attempt; one failure among n items costs about 2·log₂n.
 */
final class BatchSplit {

    private BatchSplit() {
    }

    /**
     * @param attempt applies a part of the batch all-or-nothing (e.g. in one transaction), throwing when it could not
     * @param failed  receives an item that fails on its own, with the reason
     */
    static <T> void apply(List<T> batch, Consumer<List<T>> attempt, BiConsumer<T, RuntimeException> failed) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            attempt.accept(batch);
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                failed.accept(batch.get(0), e);
                return;
            }
            int half = batch.size() / 2;
            apply(batch.subList(0, half), attempt, failed);
            apply(batch.subList(half, batch.size()), attempt, failed);
        }
    }
}
