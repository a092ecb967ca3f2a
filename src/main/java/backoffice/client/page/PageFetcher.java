package backoffice.client.page;

/** Fetches the page that starts at {@code offset} with at most {@code limit} items. */
@FunctionalInterface
public interface PageFetcher<T> {

    Page<T> fetch(int offset, int limit);
}
