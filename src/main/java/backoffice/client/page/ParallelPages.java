package backoffice.client.page;

import java.util.ArrayDeque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Fetches every page of a list with several requests in flight, and hands the pages over <em>in order</em>. The first
 * page is fetched alone and handed over at once (it tells how many there are); the rest are fetched by
 * {@code concurrency} threads. Stops early when cancelled; the first failure cancels the rest and is rethrown.
 */
public final class ParallelPages {

    /** Receives the pages in order, on the thread that called {@link #fetchAll}. */
    @FunctionalInterface
    public interface Sink<T> {
        void accept(Page<T> page);
    }

    private static final AtomicInteger POOLS = new AtomicInteger();

    private ParallelPages() {
    }

    /**
     * @param first      fetches the first page; its {@code count} decides how many more are fetched with {@code rest}
     * @param rest       fetches a later page (may differ from {@code first}, e.g. to pin the range the first saw)
     * @param cancelled  polled between pages; when true the remaining requests are abandoned
     * @return the number of items handed over
     */
    public static <T> long fetchAll(PageFetcher<T> first, PageFetcher<T> rest, int pageSize, int concurrency,
                                    Sink<T> sink, BooleanSupplier cancelled) {
        return fetchAll(first, rest, pageSize, pageSize, 0, concurrency, sink, cancelled);
    }

    /**
     * As {@link #fetchAll(PageFetcher, PageFetcher, int, int, Sink, BooleanSupplier)} with a first page of its own
     * size: a small one reaches the screen sooner (the server renders, and the client decodes, a screenful instead of
     * a whole page) while the rest come in pages as large as the operation allows; and with each later page starting
     * {@code overlap} items before the previous one ended, so a list that shifts by an item while its pages load in
     * parallel (one inserted or removed ahead of a page) loses nothing, and the receiver can check that each page
     * follows on from the one before (the overlapping items arrive twice: the sink drops them).
     *
     * @return the number of items handed over, overlapping ones counted each time
     */
    public static <T> long fetchAll(PageFetcher<T> first, PageFetcher<T> rest, int firstPageSize, int pageSize,
                                    int overlap, int concurrency, Sink<T> sink, BooleanSupplier cancelled) {
        if (overlap < 0 || overlap >= pageSize) {
            throw new IllegalArgumentException("overlap " + overlap + " must be in 0.." + (pageSize - 1));
        }
        Page<T> head = first.fetch(0, firstPageSize);
        sink.accept(head);
        long delivered = head.items().size();
        if (!head.hasMore() || cancelled.getAsBoolean()) {
            return delivered;
        }
        int pool = POOLS.incrementAndGet();
        ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, concurrency), r -> {
            Thread t = new Thread(r, "pages-" + pool);
            t.setDaemon(true);
            return t;
        });
        // consumed pages are dropped from here at once, so a long list is never held in memory whole
        ArrayDeque<Future<Page<T>>> pending = new ArrayDeque<>();
        try {
            for (long offset = head.nextOffset(overlap); offset + overlap < head.count();
                 offset += pageSize - overlap) {
                int at = (int) offset;
                pending.add(executor.submit(() -> rest.fetch(at, pageSize)));
            }
            while (!pending.isEmpty()) {
                if (cancelled.getAsBoolean()) {
                    break;
                }
                Page<T> page = await(pending.poll());
                sink.accept(page);
                delivered += page.items().size();
                if (page.items().isEmpty()) {
                    break;
                }
            }
            return delivered;
        } finally {
            // Requests already sent finish quietly in the background; none not yet started is sent.
            pending.forEach(f -> f.cancel(false));
            executor.shutdown();
        }
    }

    private static <T> Page<T> await(Future<Page<T>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while loading pages");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
