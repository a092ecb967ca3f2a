package backoffice.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Batches for the FX thread: small ones first, then bounded ones, in arrival order, across arrived lists. */
class TickFeedTest {

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    @Test
    void handsOutSmallBatchesFirstThenBoundedOnesInOrder() {
        TickFeed<Integer> feed = new TickFeed<>(3, 6, 100);
        feed.offer(range(0, 150));
        feed.offer(range(150, 250));
        assertThat(feed.pending()).isEqualTo(250);
        assertThat(feed.next()).isEqualTo(range(0, 3));
        assertThat(feed.next()).isEqualTo(range(3, 6));
        assertThat(feed.next()).isEqualTo(range(6, 106));
        assertThat(feed.next()).as("across the two arrived lists").isEqualTo(range(106, 206));
        assertThat(feed.next()).isEqualTo(range(206, 250));
        assertThat(feed.waiting()).isFalse();
        assertThat(feed.next()).isEmpty();
    }

    @Test
    void clearDropsWhatWaitsAndStartsTheRampAgain() {
        TickFeed<Integer> feed = new TickFeed<>(2, 2, 10);
        feed.offer(range(0, 50));
        feed.next();
        feed.next();
        feed.clear();
        assertThat(feed.waiting()).isFalse();
        assertThat(feed.pending()).isZero();
        feed.offer(range(0, 50));
        assertThat(feed.next()).hasSize(2);
        assertThat(feed.next()).hasSize(10);
    }
}
