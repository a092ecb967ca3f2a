package backoffice.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backoffice.client.page.Page;
import backoffice.client.page.Pages;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagesTest {

    private final List<Integer> offsetsFetched = new ArrayList<>();

    private Page<Integer> fetch(int offset, int limit, int total) {
        offsetsFetched.add(offset);
        List<Integer> items = IntStream.range(offset, Math.min(total, offset + limit)).boxed().toList();
        return new Page<>(items, offset, limit, total);
    }

    @Test
    void streamsEveryItemInOrderAcrossPages() {
        assertThat(Pages.all((o, l) -> fetch(o, l, 250), 100).toList())
                .isEqualTo(IntStream.range(0, 250).boxed().toList());
        assertThat(offsetsFetched).containsExactly(0, 100, 200);
    }

    @Test
    void isLazyFetchingOnlyThePagesConsumed() {
        var stream = Pages.all((o, l) -> fetch(o, l, 10_000), 100);
        assertThat(offsetsFetched).isEmpty();
        assertThat(stream.limit(150).count()).isEqualTo(150);
        assertThat(offsetsFetched).containsExactly(0, 100);
    }

    @Test
    void emptyListFetchesOnce() {
        assertThat(Pages.all((o, l) -> fetch(o, l, 0), 50).toList()).isEmpty();
        assertThat(offsetsFetched).containsExactly(0);
    }

    @Test
    void stopsOnAnEmptyPageEvenIfCountClaimsMore() {
        assertThat(Pages.all((o, l) -> new Page<Integer>(o == 0 ? List.of(1, 2) : List.of(), o, l, 99), 2).toList())
                .containsExactly(1, 2);
    }

    @Test
    void pageSizeMustBeWithinTheApiLimit() {
        assertThatThrownBy(() -> Pages.all((o, l) -> fetch(o, l, 1), 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pages.all((o, l) -> fetch(o, l, 1), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
