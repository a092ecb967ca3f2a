package backoffice.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import org.junit.jupiter.api.Test;

/** One change for a whole new content; every other edit as in any observable list; views over it follow. */
class ReplaceableListTest {

    private final ReplaceableList<Integer> list = new ReplaceableList<>();
    private final List<String> changes = new ArrayList<>();

    ReplaceableListTest() {
        list.addListener((ListChangeListener<Integer>) c -> {
            while (c.next()) {
                changes.add((c.wasRemoved() ? "-" + c.getRemoved() : "") + (c.wasAdded() ? "+" + c.getAddedSubList()
                        : ""));
            }
        });
    }

    @Test
    void setAllIsOneChangeThatNamesWhatWentAndWhatCame() {
        list.setAll(List.of(1, 2, 3));
        list.setAll(List.of(4, 5));
        list.setAll(List.of());
        assertThat(list.setAll(List.of())).as("nothing to nothing").isFalse();
        assertThat(changes).containsExactly("+[1, 2, 3]", "-[1, 2, 3]+[4, 5]", "-[4, 5]");
    }

    @Test
    void insertsRemovesAndSetsLikeAnyObservableList() {
        list.setAll(List.of(1, 3));
        changes.clear();
        list.add(1, 2);
        list.remove(Integer.valueOf(1));
        list.set(0, 20);
        assertThat(list).containsExactly(20, 3);
        assertThat(changes).containsExactly("+[2]", "-[1]", "-[2]+[20]");
    }

    @Test
    void isRandomAccessSoABinarySearchDoesNotWalkIt() {
        // Collections.binarySearch walks a list that is not RandomAccess with an iterator once it has 5,000 items
        assertThat(list).isInstanceOf(RandomAccess.class);
    }

    @Test
    void aFilteredViewFollowsAWholeNewContent() {
        FilteredList<Integer> even = new FilteredList<>(list, i -> i % 2 == 0);
        list.setAll(IntStream.range(0, 100_000).boxed().toList());
        assertThat(even).hasSize(50_000).startsWith(0, 2, 4);
        list.setAll(List.of(7, 8, 9, 10));
        assertThat(even).containsExactly(8, 10);
        list.add(0, 6);
        assertThat(even).containsExactly(6, 8, 10);
    }
}
