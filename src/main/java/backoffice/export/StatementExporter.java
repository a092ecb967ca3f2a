package backoffice.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Writes rows as CSV, PDF or JSON plus the signed manifest {@code <file>.bocx} next to it. Both are written to
 * temporary files first and put in place only when complete, together ({@link PairCommit}); a cancelled or failed
 * export leaves the previous pair, if any, untouched.
 */
public final class StatementExporter {

    private final ExportSigner signer;

    public StatementExporter(ExportSigner signer) {
        this.signer = signer;
    }

    public static Path manifestFor(Path file) {
        return file.resolveSibling(file.getFileName() + Manifest.EXTENSION);
    }

    public ExportResult export(List<StatementLine> rows, ExportFormat format, Path target, ExportContext ctx,
                               Progress progress) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        PairCommit.recover(target);
        AtomicFiles.sweep(dir);
        MessageDigest sha = sha256();
        long[] size = {0};
        Path content = AtomicFiles.writeTemp(target, out -> {
            PipelinedDigestStream piped = new PipelinedDigestStream(out, sha);
            boolean done = false;
            try {
                format.codec().write(rows, ctx, signer.fingerprint(), piped, progress);
                piped.close();
                done = true;
            } finally {
                if (!done) {
                    piped.abort();
                }
            }
            size[0] = piped.count();
        }, false);
        // the content goes to the disk while the manifest is made, signed and written
        FutureTask<Void> contentOnDisk = new FutureTask<>(() -> {
            AtomicFiles.force(content);
            return null;
        });
        Thread syncing = new Thread(contentOnDisk, "export-sync");
        syncing.setDaemon(true);
        syncing.start();
        Path manifestTemp = null;
        try {
            progress.check();
            StatementTotals totals = StatementTotals.of(rows);
            Manifest manifest = new Manifest(Manifest.FORMAT,
                    new Manifest.FileInfo(target.getFileName().toString(), format.extension(), size[0],
                            HexFormat.of().formatHex(sha.digest())),
                    ctx.exportedBy(), IsoTime.format(ctx.exportedAt()), ctx.environment(),
                    new Manifest.Party(ctx.identityType(), ctx.identityId()),
                    new Manifest.Instrument(ctx.instrumentType(), ctx.instrumentId(), ctx.instrumentName(),
                            ctx.currency()),
                    ctx.filters(), rows.size(), Manifest.Totals.of(totals),
                    new Manifest.Signer(ExportSigner.ALGORITHM, signer.publicKey(), signer.fingerprint()));
            byte[] signed = SignedManifest.write(manifest, signer);
            Path manifestFile = manifestFor(target);
            manifestTemp = AtomicFiles.writeTemp(manifestFile, out -> out.write(signed));
            awaitOnDisk(contentOnDisk);
            progress.check();
            PairCommit.commit(content, manifestTemp, target, manifestFile);
            return new ExportResult(target, manifestFile, manifest);
        } finally {
            if (!contentOnDisk.isDone()) {
                awaitQuietly(contentOnDisk);
            }
            Files.deleteIfExists(content);
            if (manifestTemp != null) {
                Files.deleteIfExists(manifestTemp);
            }
        }
    }

    private static void awaitOnDisk(FutureTask<Void> sync) throws IOException {
        try {
            sync.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Export interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("Writing the export failed", e);
        }
    }

    /** On the way out after a failure: the file is deleted next, once nothing writes to it any more. */
    private static void awaitQuietly(FutureTask<Void> sync) {
        try {
            awaitOnDisk(sync);
        } catch (IOException ignored) {
            // the export already failed for another reason, which is the one reported
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
