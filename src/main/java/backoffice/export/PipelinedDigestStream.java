package backoffice.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An output stream that hands full chunks to two threads, one digesting them and one writing them on: formatting
 * (the caller), hashing and writing all overlap (before, one thread hashed then wrote each chunk, and hashing plus
 * writing was the longest stage). Chunks are never changed once handed over, so both read the same array. Counts the
 * bytes. {@link #close()} waits for the last chunk and rethrows what either thread failed with; {@link #abort()}
 * stops them without waiting.
 */
final class PipelinedDigestStream extends OutputStream {

    private static final int CHUNK = 1 << 18;
    private static final Chunk END = new Chunk(new byte[0], 0);

    private final BlockingQueue<Chunk> toDigest = new ArrayBlockingQueue<>(8);
    private final BlockingQueue<Chunk> toWrite = new ArrayBlockingQueue<>(8);
    private final Thread digester;
    private final Thread writer;
    private volatile Throwable failure;
    private byte[] chunk = new byte[CHUNK];
    private int used;
    private long count;

    /** The first {@code length} bytes of an array no one changes any more. */
    private record Chunk(byte[] bytes, int length) {
    }

    /** What a stage does with each chunk. */
    private interface Stage {
        void take(byte[] bytes, int length) throws IOException;
    }

    PipelinedDigestStream(OutputStream out, MessageDigest digest) {
        digester = stage("export-digest", toDigest, (b, n) -> digest.update(b, 0, n));
        writer = stage("export-writer", toWrite, (b, n) -> out.write(b, 0, n));
    }

    private Thread stage(String name, BlockingQueue<Chunk> queue, Stage stage) {
        Thread t = new Thread(() -> {
            try {
                while (true) {
                    Chunk next = queue.take();
                    if (next == END) {
                        return;
                    }
                    stage.take(next.bytes(), next.length());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException e) {
                failure = e;
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    long count() {
        return count;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        count += len;
        while (len > 0) {
            int n = Math.min(len, CHUNK - used);
            System.arraycopy(b, off, chunk, used, n);
            used += n;
            off += n;
            len -= n;
            if (used == CHUNK) {
                hand(new Chunk(chunk, CHUNK));
                chunk = new byte[CHUNK];
                used = 0;
            }
        }
    }

    /**
     * Hands on the first {@code length} bytes of {@code bytes} without copying them, after what was written before:
     * the caller never changes the array again.
     */
    void handOver(byte[] bytes, int length) throws IOException {
        flushPartial();
        count += length;
        hand(new Chunk(bytes, length));
    }

    private void flushPartial() throws IOException {
        if (used > 0) {
            hand(new Chunk(chunk, used));
            chunk = new byte[CHUNK];
            used = 0;
        }
    }

    private void hand(Chunk bytes) throws IOException {
        if (failure != null) {
            throw new IOException("Writing the export failed", failure);
        }
        try {
            put(toDigest, bytes);
            put(toWrite, bytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Export interrupted");
        }
    }

    /** Waits for room in a stage's queue, unless a stage has failed (then nothing would take the chunk). */
    private void put(BlockingQueue<Chunk> queue, Chunk bytes) throws IOException, InterruptedException {
        while (!queue.offer(bytes, 20, TimeUnit.MILLISECONDS)) {
            if (failure != null) {
                throw new IOException("Writing the export failed", failure);
            }
        }
    }

    /** Writes what is left and waits until every byte is digested and written. */
    @Override
    public void close() throws IOException {
        flushPartial();
        hand(END);
        try {
            digester.join();
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Export interrupted");
        }
        if (failure != null) {
            throw new IOException("Writing the export failed", failure);
        }
    }

    void abort() {
        digester.interrupt();
        writer.interrupt();
    }
}
