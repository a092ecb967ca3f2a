package backoffice.client.page;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Lazy iteration over every page of a list: the next page is fetched only when the current one runs out. */
public final class Pages {

    /** The API caps {@code limit} at 100. */
    public static final int MAX_LIMIT = 100;

    private Pages() {
    }

    /** All items, lazily, fetched {@code pageSize} at a time. Stops at {@code count} or at an empty page. */
    public static <T> Stream<T> all(PageFetcher<T> fetcher, int pageSize) {
        if (pageSize < 1 || pageSize > MAX_LIMIT) {
            throw new IllegalArgumentException("pageSize must be 1.." + MAX_LIMIT);
        }
        Iterator<T> items = new Iterator<>() {
            private Page<T> page;
            private int index;

            @Override
            public boolean hasNext() {
                if (page == null) {
                    page = fetcher.fetch(0, pageSize);
                }
                while (index >= page.items().size()) {
                    if (!page.hasMore()) {
                        return false;
                    }
                    page = fetcher.fetch(page.nextOffset(), pageSize);
                    index = 0;
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.items().get(index++);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false);
    }
}
