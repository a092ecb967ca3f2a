package backoffice.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A JVM killed in the middle of an export leaves nothing under the export's or the manifest's name, and one killed
 * between the renames of the pair leaves the old pair or the new one, never a mix.
 */
class KillSafetyTest {

    @TempDir
    Path dir;

    @Test
    void aKilledExportLeavesOnlyAHiddenPartFileWhichTheNextExportSweeps() throws Exception {
        Path target = dir.resolve("statement.csv");
        Process p = slowExport(target, 200_000, null);
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
        assertThat(ExportReview.open(target, ExportFixtures.trust()).verdict())
                .isEqualTo(ReviewReport.Verdict.INTACT);
    }

    @ParameterizedTest
    @CsvSource({"before-commit, 5", "after-commit, 40"})
    void aKillBetweenTheRenamesLeavesTheOldPairOrTheNewOne(String point, int rowsAfter) throws Exception {
        Path target = dir.resolve("statement.csv");
        new StatementExporter(ExportFixtures.signer()).export(ExportFixtures.rows(5, "EUR", 1), ExportFormat.CSV,
                target, ExportFixtures.context("EUR"), Progress.NONE);
        Process p = slowExport(target, 40, point);
        try {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!log().contains("paused " + point)) {
                assertThat(p.isAlive()).as("the export is still running: %s", log()).isTrue();
                assertThat(System.nanoTime()).as("the export pauses at %s", point).isLessThan(end);
                Thread.sleep(20);
            }
        } finally {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(PairCommit.pending(target)).as("killed between the renames").exists();
        TrustedKeys trust = ExportFixtures.trust();
        trust.add(log().lines().filter(l -> l.startsWith("key ")).findFirst().orElseThrow().substring(4), "child",
                "test");
        for (Path opened : new Path[] {target, StatementExporter.manifestFor(target)}) {
            ReviewReport report = ExportReview.open(opened, trust);
            assertThat(report.verdict()).as("%s after a kill %s: %s", opened.getFileName(), point, report.findings())
                    .isEqualTo(ReviewReport.Verdict.INTACT);
            assertThat(report.rows()).as("the %s pair", rowsAfter == 5 ? "old" : "new").hasSize(rowsAfter);
        }
        if (rowsAfter == 40) {
            assertThat(PairCommit.pending(target)).as("the review finished the interrupted commit").doesNotExist();
        }
        new StatementExporter(ExportFixtures.signer()).export(ExportFixtures.rows(7, "EUR", 1), ExportFormat.CSV,
                target, ExportFixtures.context("EUR"), Progress.NONE);
        assertThat(ExportReview.open(target, trust).rows()).as("the next export replaces either").hasSize(7);
    }

    private Process slowExport(Path target, int rows, String pauseAt) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path")));
        if (pauseAt != null) {
            cmd.add("-D" + PairCommit.PAUSE_PROPERTY + "=" + pauseAt);
        }
        cmd.addAll(List.of(SlowExportMain.class.getName(), target.toString(), Integer.toString(rows)));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile())
                .start();
    }

    private List<Path> partFiles() throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(AtomicFiles.PART)).toList();
        }
    }

    private String log() throws IOException {
        return Files.readString(dir.resolve("out.log"));
    }
}
