package nl.wijknetwerk.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A token issued afresh when the last one is older than {@code every}, as a real client renews its own: test tokens
 * live 10 minutes, and the long runs (the soak, the fault suite's long form) outlast that.
 */
final class RenewingToken implements Supplier<String> {

    private final Supplier<String> issue;
    private final Duration every;
    private String token;
    private Instant issued = Instant.MIN;

    RenewingToken(Supplier<String> issue, Duration every) {
        this.issue = issue;
        this.every = every;
    }

    @Override
    public synchronized String get() {
        if (token == null || Instant.now().isAfter(issued.plus(every))) {
            token = issue.get();
            issued = Instant.now();
        }
        return token;
    }
}
