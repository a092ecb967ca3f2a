package backoffice.export;

import java.nio.file.Path;

/** Run by {@link KillSafetyTest} in its own JVM: a CSV export that takes its time, so it can be killed midway. */
public final class SlowExportMain {

    private SlowExportMain() {
    }

    public static void main(String[] args) throws Exception {
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
        new StatementExporter(ExportFixtures.signer()).export(ExportFixtures.rows(200_000, "EUR", 1),
                ExportFormat.CSV, Path.of(args[0]), ExportFixtures.context("EUR"), slow);
    }
}
