package backoffice.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code idempotency-ref} handling (§1.4): for one programme, identity and operation, the first request with a
 * ref runs; a later one with the same ref and the same payload gets the very same answer (same id, same timestamp)
 * without running again; the same ref with another payload is refused with 400 {@code INVALID_REQUEST}. Requests
 * with the same ref wait for each other, so concurrent duplicates create one operation. Only successes are kept
 * (a refused request moved nothing and may be retried once fixed). A ref is remembered for {@link #KEEP} (the API
 * promises at least 24 hours) and at most {@link #MAX_ENTRIES} refs are held: past that the oldest is forgotten
 * first, so memory stays bounded however many keyed requests arrive.
 */
public final class IdempotencyStore {

    /** How long a ref is remembered (the API promises at least 24 hours). */
    public static final Duration KEEP = Duration.ofHours(48);
    /** How many refs are remembered at most (a transfer's ref holds about 2.2 KB: 22 MB at most). */
    public static final int MAX_ENTRIES = 10_000;
    /** Duplicates of one ref wait on the same stripe; a stripe per ref would itself grow without bound. */
    private static final int STRIPES = 64;

    private record Entry(JsonNode payload, Reply reply, long at) {
    }

    private final Clock clock;
    private final long keepMillis;
    private final int maxEntries;
    /** Oldest first (entries are only ever added with the current time); guarded by itself. */
    private final LinkedHashMap<String, Entry> done = new LinkedHashMap<>();
    private final Object[] stripes = new Object[STRIPES];

    public IdempotencyStore(Clock clock) {
        this(clock, KEEP, MAX_ENTRIES);
    }

    public IdempotencyStore(Clock clock, Duration keep, int maxEntries) {
        this.clock = clock;
        this.keepMillis = keep.toMillis();
        this.maxEntries = maxEntries;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
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
        synchronized (stripes[Math.floorMod(key.hashCode(), STRIPES)]) {
            long now = clock.millis();
            Entry seen = remembered(key, now);
            if (seen != null) {
                if (!seen.payload().equals(payload)) {
                    throw SandboxError.badRequest("idempotency-ref", "INVALID_REQUEST",
                            "This idempotency-ref was already used with a different request");
                }
                return seen.reply();
            }
            Reply reply = operation.get();
            if (reply.status() / 100 == 2) {
                remember(key, new Entry(payload, reply, now));
            }
            return reply;
        }
    }

    /** How many refs are remembered now (after forgetting the expired ones). */
    public int size() {
        synchronized (done) {
            forgetExpired(clock.millis());
            return done.size();
        }
    }

    private Entry remembered(String key, long now) {
        synchronized (done) {
            forgetExpired(now);
            return done.get(key);
        }
    }

    private void remember(String key, Entry entry) {
        synchronized (done) {
            done.remove(key);
            done.put(key, entry);
            Iterator<Map.Entry<String, Entry>> oldest = done.entrySet().iterator();
            while (done.size() > maxEntries && oldest.hasNext()) {
                oldest.next();
                oldest.remove();
            }
        }
    }

    private void forgetExpired(long now) {
        Iterator<Map.Entry<String, Entry>> oldest = done.entrySet().iterator();
        while (oldest.hasNext() && now - oldest.next().getValue().at() >= keepMillis) {
            oldest.remove();
        }
    }

    public void clear() {
        synchronized (done) {
            done.clear();
        }
    }
}
