package backoffice.client.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The pages asked for and handed over, on a list in memory (the loaders built on it are tested on the sandbox). */
class ParallelPagesTest {

    private final List<Integer> asked = Collections.synchronizedList(new ArrayList<>());
    private final List<Page<Integer>> got = new ArrayList<>();

    private PageFetcher<Integer> listOf(int size) {
        List<Integer> list = IntStream.range(0, size).boxed().toList();
        return (offset, limit) -> {
            asked.add(offset);
            return new Page<>(list.subList(Math.min(offset, size), Math.min(offset + limit, size)), offset, limit,
                    size);
        };
    }

    @Test
    void laterPagesRepeatTheLastItemsOfThePageBeforeAndArriveInOrder() {
        PageFetcher<Integer> fetch = listOf(1_234);
        long n = ParallelPages.fetchAll(fetch, fetch, 50, 500, 2, 4, got::add, () -> false);

        assertThat(asked).containsExactlyInAnyOrder(0, 48, 546, 1_044);
        assertThat(got).extracting(Page::offset).containsExactly(0, 48, 546, 1_044);
        List<Integer> joined = new ArrayList<>(got.get(0).items());
        for (Page<Integer> p : got.subList(1, got.size())) {
            assertThat(p.items().subList(0, 2)).as("repeats the page before's last two")
                    .isEqualTo(joined.subList(joined.size() - 2, joined.size()));
            joined.addAll(p.items().subList(2, p.items().size()));
        }
        assertThat(joined).isEqualTo(IntStream.range(0, 1_234).boxed().toList());
        assertThat(n).as("repeated items counted each time").isEqualTo(1_234 + 3 * 2);
    }

    @Test
    void noPageIsAskedForThatCouldHoldOnlyRepeats() {
        // 50 + 498 + 498 = 1,046: a page at 1,044 would repeat two items and hold nothing new
        PageFetcher<Integer> fetch = listOf(1_046);
        ParallelPages.fetchAll(fetch, fetch, 50, 500, 2, 4, got::add, () -> false);
        assertThat(asked).containsExactlyInAnyOrder(0, 48, 546);
        assertThat(got.get(2).items()).endsWith(1_045);
    }

    @Test
    void withoutOverlapPagesFollowEachOther() {
        PageFetcher<Integer> fetch = listOf(250);
        ParallelPages.fetchAll(fetch, fetch, 100, 2, got::add, () -> false);
        assertThat(asked).containsExactlyInAnyOrder(0, 100, 200);
    }

    @Test
    void anOverlapAsLargeAsAPageIsRefused() {
        PageFetcher<Integer> fetch = listOf(10);
        assertThatThrownBy(() -> ParallelPages.fetchAll(fetch, fetch, 50, 100, 100, 2, got::add, () -> false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
