package backoffice.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * An output stream that hands full chunks to a second thread, which digests them and writes them on: formatting
 * (the caller) and hashing + writing overlap on two cores. Counts the bytes. {@link #close()} waits for the last
 * chunk and rethrows what the writer thread failed with; {@link #abort()} stops it without waiting.
 */
final class PipelinedDigestStream extends OutputStream {

    private static final int CHUNK = 1 << 18;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(4);
    private final Thread writer;
    private volatile Throwable failure;
    private byte[] chunk = new byte[CHUNK];
    private int used;
    private long count;

    PipelinedDigestStream(OutputStream out, MessageDigest digest) {
        writer = new Thread(() -> {
            try {
                while (true) {
                    byte[] next = queue.take();
                    if (next == END) {
                        return;
                    }
                    digest.update(next);
                    out.write(next);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException e) {
                failure = e;
            }
        }, "export-writer");
        writer.setDaemon(true);
        writer.start();
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
                hand(chunk);
                chunk = new byte[CHUNK];
                used = 0;
            }
        }
    }

    private void hand(byte[] bytes) throws IOException {
        if (failure != null) {
            throw new IOException("Writing the export failed", failure);
        }
        try {
            queue.put(bytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Export interrupted");
        }
    }

    /** Writes what is left and waits until every byte is digested and written. */
    @Override
    public void close() throws IOException {
        if (used > 0) {
            hand(java.util.Arrays.copyOf(chunk, used));
            used = 0;
        }
        hand(END);
        try {
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
        writer.interrupt();
    }
}
