package backoffice.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Files that appear whole or not at all: written to a hidden {@code .<name>.<random>.part} in the same folder, forced
 * to disk, then renamed over the final name. A crash or kill leaves at most a {@code .part} file, never a partial
 * file under the final name; {@link #sweep} removes old leftovers.
 */
public final class AtomicFiles {

    static final String PART = ".part";

    /** Writes the content of one file. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes to a temporary file next to {@code target}; the caller renames it with {@link #commit}. */
    public static Path writeTemp(Path target, Writer writer) throws IOException {
        return writeTemp(target, writer, true);
    }

    /**
     * The same, forced to disk only when {@code force}; otherwise the caller forces it with {@link #force} before
     * renaming it (so that the disk's wait overlaps other work).
     */
    static Path writeTemp(Path target, Writer writer, boolean force) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", PART);
        boolean done = false;
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            OutputStream out = Channels.newOutputStream(channel);
            writer.write(out);
            out.flush();
            if (force) {
                channel.force(true);
            }
            done = true;
            return temp;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Waits until a written file's content is on the disk. */
    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Renames a finished temporary file over {@code target} (atomically where the file system can). */
    public static void commit(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public static void write(Path target, Writer writer) throws IOException {
        commit(writeTemp(target, writer), target);
    }

    /** Deletes {@code .part} leftovers of earlier, interrupted writes in {@code dir} older than a minute. */
    public static void sweep(Path dir) {
        long cutoff = System.currentTimeMillis() - 60_000;
        try (var files = Files.list(dir)) {
            files.filter(p -> p.getFileName().toString().startsWith(".") && p.getFileName().toString().endsWith(PART))
                    .filter(p -> p.toFile().lastModified() < cutoff)
                    .forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // best effort: a leftover .part file is hidden and harmless
        }
    }
}
