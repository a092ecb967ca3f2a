package backoffice.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JVM killed in the middle of an export leaves nothing under the export's or the manifest's name. */
class KillSafetyTest {

    @TempDir
    Path dir;

    @Test
    void aKilledExportLeavesOnlyAHiddenPartFileWhichTheNextExportSweeps() throws Exception {
        Path target = dir.resolve("statement.csv");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), SlowExportMain.class.getName(), target.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile()).start();
        try {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (partFiles().isEmpty() || Files.size(partFiles().get(0)) < 100_000) {
                assertThat(p.isAlive()).as("the export is still running: %s", log()).isTrue();
                assertThat(System.nanoTime()).as("a .part file grows").isLessThan(end);
                Thread.sleep(20);
            }
        } finally {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(target).doesNotExist();
        assertThat(StatementExporter.manifestFor(target)).doesNotExist();
        List<Path> left = partFiles();
        assertThat(left).hasSize(1);
        assertThat(left.get(0).getFileName().toString()).startsWith(".statement.csv.");

        assertThat(left.get(0).toFile().setLastModified(System.currentTimeMillis() - 120_000)).isTrue();
        new StatementExporter(ExportFixtures.signer()).export(ExportFixtures.rows(5, "EUR", 1), ExportFormat.CSV,
                target, ExportFixtures.context("EUR"), Progress.NONE);
        assertThat(partFiles()).as("the leftover is swept by the next export in that folder").isEmpty();
        assertThat(ExportReview.open(target, ExportFixtures.trust()).verdict()).isEqualTo(ReviewReport.Verdict.INTACT);
    }

    private List<Path> partFiles() throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(AtomicFiles.PART)).toList();
        }
    }

    private String log() throws java.io.IOException {
        return Files.readString(dir.resolve("out.log"));
    }
}
