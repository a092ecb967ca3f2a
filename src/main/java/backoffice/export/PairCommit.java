package backoffice.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Puts an export's two files in place together, so that after a crash at any point the folder holds the old pair or
 * the new one, never new content beside an old manifest or content with no manifest. The manifest signs the
 * content's size and SHA-256, which makes the manifest's rename the single commit point:
 * <ol>
 * <li>the finished content (already forced to disk) is renamed to the hidden {@code .<name>.next};</li>
 * <li>the new manifest is renamed over {@code <name>.bocx} — the commit: one atomic POSIX rename;</li>
 * <li>{@code .<name>.next} is renamed over {@code <name>}.</li>
 * </ol>
 * The folder is forced to disk after step 1, so that rename reaches the disk before the commit's. Step 3 is not
 * waited for: a crash that loses it is the case {@link #recover} finishes. A crash before step 2
 * leaves the old pair (and a hidden {@code .next} that no manifest vouches for, replaced by the next export). A crash
 * between steps 2 and 3 leaves the new manifest, the old content and a {@code .next} whose size and SHA-256 are the
 * ones the new manifest signs: {@link #recover}, run by the review and by the next export, finishes step 3. A
 * {@code .next} is only ever moved into place when the manifest beside it vouches for every byte of it.
 */
final class PairCommit {

    /** Test hook: {@code -Dbackoffice.export.pauseAt=before-commit|after-commit} stops there (to be killed). */
    static final String PAUSE_PROPERTY = "backoffice.export.pauseAt";

    private PairCommit() {
    }

    static Path pending(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".next");
    }

    /** Commits the finished temporary files {@code contentTemp} and {@code manifestTemp} as {@code target}'s pair. */
    static void commit(Path contentTemp, Path manifestTemp, Path target, Path manifestFile) throws IOException {
        Path next = pending(target);
        AtomicFiles.commit(contentTemp, next);
        forceFolder(target);
        pauseIfAsked("before-commit");
        AtomicFiles.commit(manifestTemp, manifestFile);
        pauseIfAsked("after-commit");
        // step 3 needs no check: this is the content the new manifest signs. Nor does it wait for the disk: if a
        // crash loses this rename, recover() finds the .next the manifest vouches for and finishes it
        AtomicFiles.commit(next, target);
    }

    /** Finishes a commit a crash interrupted after its manifest was in place; does nothing otherwise. */
    static void recover(Path target) {
        Path next = pending(target.toAbsolutePath());
        if (!Files.isRegularFile(next)) {
            return;
        }
        try {
            Manifest m = SignedManifest.read(Files.readAllBytes(StatementExporter.manifestFor(target))).manifest();
            if (m.file().name() != null && target.getFileName().toString().equals(m.file().name())
                    && Files.size(next) == m.file().size() && sha256Hex(next).equalsIgnoreCase(m.file().sha256())) {
                AtomicFiles.commit(next, target);
                forceFolder(target);
            }
        } catch (NoSuchFileException raced) {
            // another thread finished it (or there is no manifest): nothing to do
        } catch (IOException | RuntimeException notVouchedFor) {
            // the old pair stands; the stray .next is replaced by the next export of that name
        }
    }

    private static String sha256Hex(Path file) throws IOException {
        MessageDigest sha = StatementExporter.sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                sha.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Forces the folder's entries (the renames) to disk where the OS allows it (Linux, macOS; not Windows). */
    private static void forceFolder(Path file) {
        try (FileChannel dir = FileChannel.open(file.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | RuntimeException unsupported) {
            // best effort: the order of the renames is still kept by journaling file systems
        }
    }

    private static void pauseIfAsked(String point) {
        if (point.equals(System.getProperty(PAUSE_PROPERTY))) {
            System.out.println("paused " + point);
            System.out.flush();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
