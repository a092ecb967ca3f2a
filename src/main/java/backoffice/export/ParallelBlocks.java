package backoffice.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Formats rows in blocks on threads of its own and hands the finished blocks on in their order. Formatting 100,000
 * rows is the longest stage of a CSV export; this way it runs on every core, beside hashing and writing, instead of
 * on one thread ahead of them. At most two blocks per thread are formatted ahead of the one being handed on, so
 * memory stays bounded (a block of {@value #BLOCK_ROWS} rows is ~270 KB of CSV).
 */
final class ParallelBlocks {

    static final int BLOCK_ROWS = 2048;
    private static final int THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static final ThreadPoolExecutor POOL = pool();

    /** Formats one block of rows into a fresh buffer. */
    @FunctionalInterface
    interface Formatter<T> {
        ByteLine format(List<T> block);
    }

    /** Takes a finished block; the array is never touched again by the formatter, so it may be kept. */
    @FunctionalInterface
    interface Sink {
        void take(byte[] bytes, int length) throws IOException;
    }

    private ParallelBlocks() {
    }

    private static ThreadPoolExecutor pool() {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor p = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "export-format-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        p.allowCoreThreadTimeOut(true);
        return p;
    }

    /** Formats {@code rows} block by block and hands each block to {@code sink} in order; reports progress by row. */
    static <T> void write(List<T> rows, Formatter<T> formatter, Sink sink, Progress progress) throws IOException {
        int total = rows.size();
        int blocks = (total + BLOCK_ROWS - 1) / BLOCK_ROWS;
        Deque<Future<ByteLine>> ahead = new ArrayDeque<>();
        int submitted = 0;
        try {
            for (int i = 0; i < blocks; i++) {
                for (; submitted < blocks && submitted < i + 2 * THREADS; submitted++) {
                    List<T> block = rows.subList(submitted * BLOCK_ROWS, Math.min(total, (submitted + 1) * BLOCK_ROWS));
                    ahead.add(POOL.submit(() -> formatter.format(block)));
                }
                ByteLine done = await(ahead.poll());
                sink.take(done.array(), done.size());
                progress.check();
                progress.update(Math.min(total, (long) (i + 1) * BLOCK_ROWS), total);
            }
        } finally {
            ahead.forEach(f -> f.cancel(true));
        }
    }

    private static ByteLine await(Future<ByteLine> block) throws IOException {
        try {
            return block.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Export interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException("Formatting the export failed", e.getCause());
        }
    }
}
