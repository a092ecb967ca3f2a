package backoffice.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Changing any single byte of an export, or of its manifest, is reported: 250 random positions of each file, every
 * format, each with a random different value.
 */
class TamperingTest {

    private static final int POSITIONS = 250;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void everyChangedByteIsReported(ExportFormat format) throws Exception {
        Path target = dir.resolve("statement." + format.extension());
        ExportResult result = new StatementExporter(ExportFixtures.signer()).export(
                ExportFixtures.rows(60, "EUR", 11), format, target, ExportFixtures.context("EUR"), Progress.NONE);
        Random random = new Random(format.ordinal() * 31L + 5);
        for (Path file : new Path[] {result.file(), result.manifestFile()}) {
            byte[] original = Files.readAllBytes(file);
            for (int i = 0; i < POSITIONS; i++) {
                int at = random.nextInt(original.length);
                byte[] changed = original.clone();
                changed[at] = (byte) (changed[at] ^ (1 + random.nextInt(255)));
                Files.write(file, changed);
                ReviewReport report = ExportReview.open(result.manifestFile(), ExportFixtures.trust());
                assertThat(report.verdict()).as("%s byte %d of %d changed", file.getFileName(), at, original.length)
                        .isNotEqualTo(ReviewReport.Verdict.INTACT);
                assertThat(report.findings()).isNotEmpty();
            }
            Files.write(file, original);
            assertThat(ExportReview.open(result.manifestFile(), ExportFixtures.trust()).verdict())
                    .isEqualTo(ReviewReport.Verdict.INTACT);
        }
    }
}
