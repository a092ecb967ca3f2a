package backoffice.sandbox.store;

import backoffice.sandbox.http.Reply;
import backoffice.sandbox.http.SandboxError;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * {@code idempotency-ref} handling (§1.4): for one programme, identity and operation, the first request with a
 * ref runs; a later one with the same ref and the same payload gets the very same answer (same id, same timestamp)
 * without running again; the same ref with another payload is refused with 400 {@code INVALID_REQUEST}. Requests
 * with the same ref wait for each other, so concurrent duplicates create one operation. Only successes are kept
 * (a refused request moved nothing and may be retried once fixed); entries are kept for 48 hours.
 */
public final class IdempotencyStore {

    /** How long a ref is remembered (the API promises at least 24 hours). */
    public static final Duration KEEP = Duration.ofHours(48);

    private record Entry(JsonNode payload, Reply reply, long at) {
    }

    private final Clock clock;
    private final Map<String, Entry> done = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public IdempotencyStore(Clock clock) {
        this.clock = clock;
    }

    /**
     * Runs {@code operation} once per (scope, ref); {@code ref} null or blank means no idempotency (the QA client
     * sends "" when it has none).
     */
    public Reply run(String scope, String ref, JsonNode payload, Supplier<Reply> operation) {
        if (ref == null || ref.isBlank()) {
            return operation.get();
        }
        String key = scope + "\u0000" + ref;
        Object lock = locks.computeIfAbsent(key, k -> new Object());
        synchronized (lock) {
            Entry seen = done.get(key);
            long now = clock.millis();
            if (seen != null && now - seen.at() < KEEP.toMillis()) {
                if (!seen.payload().equals(payload)) {
                    throw SandboxError.badRequest("idempotency-ref", "INVALID_REQUEST",
                            "This idempotency-ref was already used with a different request");
                }
                return seen.reply();
            }
            Reply reply = operation.get();
            if (reply.status() / 100 == 2) {
                done.put(key, new Entry(payload, reply, now));
            }
            return reply;
        }
    }

    public void clear() {
        done.clear();
        locks.clear();
    }
}
