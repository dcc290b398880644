package nl.wijknetwerk.gateway.limits;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests per client in fixed windows: a partner system that sends more than its share in one window waits for
 * the next. Counted per gateway instance; with several replicas each enforces the limit on its own share.
 */
public final class RateLimiter {

    /** The answer for one request: allowed or not, how many remain, and when to retry if refused. */
    public record Decision(boolean allowed, int limit, int remaining, long retryAfterSeconds) {
    }

    private record Window(long startMillis, int count) {
    }

    private final Clock clock;
    private final long windowMillis;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(Clock clock, Duration window) {
        this.clock = clock;
        this.windowMillis = window.toMillis();
    }

    public Decision acquire(String client, int limit) {
        long now = clock.millis();
        long windowStart = now - Math.floorMod(now, windowMillis);
        Window w = windows.compute(client, (key, current) -> current == null || current.startMillis() != windowStart
                ? new Window(windowStart, 1)
                : new Window(windowStart, current.count() + 1));
        if (w.count() <= limit) {
            return new Decision(true, limit, limit - w.count(), 0);
        }
        long retryAfter = Math.max(1, (windowStart + windowMillis - now + 999) / 1000);
        return new Decision(false, limit, 0, retryAfter);
    }

    /** Forgets windows that have ended, so clients that went quiet cost no memory. */
    public void evictExpired() {
        long now = clock.millis();
        windows.values().removeIf(w -> w.startMillis() + windowMillis <= now);
    }
}
