package backoffice.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.json.Json;
import backoffice.testsupport.MovingClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 14.9: the idempotency store never forgot a ref, so live heap grew with every keyed request. A ref is now
 * forgotten after the window ({@link IdempotencyStore#KEEP}, 48 h; the API promises at least 24 h) and at most
 * {@link IdempotencyStore#MAX_ENTRIES} are held, oldest forgotten first.
 */
class IdempotencyStoreTest {

    private static final JsonNode PAYLOAD = Json.mapper().createObjectNode().put("amount", 100);

    private static Reply run(IdempotencyStore store, String ref, AtomicInteger runs) {
        return store.run("scope", ref, PAYLOAD, () -> Reply.ok(Map.of("run", runs.incrementAndGet())));
    }

    @Test
    void aRefIsRememberedWithinTheWindowAndForgottenAfterIt() {
        MovingClock clock = new MovingClock(Instant.ofEpochMilli(1_700_000_000_000L));
        IdempotencyStore store = new IdempotencyStore(clock);
        AtomicInteger runs = new AtomicInteger();
        Reply first = run(store, "r1", runs);
        clock.advance(Duration.ofHours(24));
        assertThat(run(store, "r1", runs)).as("replayed within 24 h").isSameAs(first);
        assertThat(runs).hasValue(1);
        clock.advance(IdempotencyStore.KEEP);
        assertThat(store.size()).as("forgotten once the window has passed").isZero();
        run(store, "r1", runs);
        assertThat(runs).as("runs again after the window").hasValue(2);
    }

    @Test
    void theStoreHoldsAtMostItsBoundOldestForgottenFirst() {
        MovingClock clock = new MovingClock(Instant.ofEpochMilli(1_700_000_000_000L));
        IdempotencyStore store = new IdempotencyStore(clock, IdempotencyStore.KEEP, 1_000);
        AtomicInteger runs = new AtomicInteger();
        for (int i = 0; i < 5_000; i++) {
            run(store, "ref-" + i, runs);
            clock.advance(Duration.ofMillis(1));
        }
        assertThat(store.size()).isEqualTo(1_000);
        run(store, "ref-4999", runs);
        assertThat(runs).as("the newest is still remembered").hasValue(5_000);
        run(store, "ref-0", runs);
        assertThat(runs).as("the oldest was forgotten").hasValue(5_001);
    }

    @Test
    void theDefaultStoreIsBoundedToo() {
        IdempotencyStore store = new IdempotencyStore(Clock.systemUTC());
        AtomicInteger runs = new AtomicInteger();
        for (int i = 0; i < IdempotencyStore.MAX_ENTRIES + 500; i++) {
            run(store, "ref-" + i, runs);
        }
        assertThat(store.size()).isEqualTo(IdempotencyStore.MAX_ENTRIES);
    }
}
