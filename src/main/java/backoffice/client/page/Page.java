package backoffice.client.page;

import java.util.List;

/**
 * One page of a list: its items, where it starts, the limit asked for, and {@code count}, the total number of
 * matching records ignoring paging (as the API reports it).
 */
public record Page<T>(List<T> items, int offset, int limit, long count) {

    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean hasMore() {
        return !items.isEmpty() && offset + items.size() < count;
    }

    public int nextOffset() {
        return offset + items.size();
    }

    /** Where the next page starts when each page repeats the last {@code overlap} items of the one before. */
    public int nextOffset(int overlap) {
        return Math.max(0, nextOffset() - overlap);
    }
}
