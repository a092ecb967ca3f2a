package backoffice.export;

import java.nio.file.Path;

/**
 * Run by {@link KillSafetyTest} in its own JVM: a CSV export that takes its time, so it can be killed midway. Args:
 * the target file and, optionally, the number of rows (200,000 by default). Prints its signing key first; with
 * {@code -Dbackoffice.export.pauseAt=...} it stops between the pair's renames ({@link PairCommit}).
 */
public final class SlowExportMain {

    private SlowExportMain() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("key " + ExportFixtures.signer().publicKey());
        System.out.flush();
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        Progress slow = new Progress() {
            @Override
            public void update(long done, long total) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        new StatementExporter(ExportFixtures.signer()).export(ExportFixtures.rows(rows, "EUR", 1),
                ExportFormat.CSV, Path.of(args[0]), ExportFixtures.context("EUR"), slow);
    }
}
