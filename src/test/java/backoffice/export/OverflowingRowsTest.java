package backoffice.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Totals never wrap: rows whose amounts add up past a {@code long} (only a forged file holds them) are reported as
 * altered by the review instead of summing to a believable figure.
 */
class OverflowingRowsTest {

    @TempDir
    Path dir;

    @Test
    void totalsRefuseToWrap() {
        StatementLine huge = new StatementLine(1_730_000_000_000L, "DEPOSIT", "1", "COMPLETED", "x", "EUR",
                Long.MAX_VALUE, 0, 0);
        assertThatThrownBy(() -> StatementTotals.of(List.of(huge, huge))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> StatementTotals.NONE.plus(huge).plus(huge)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void aForgedExportWhoseSumsOverflowIsAlteredNotAnError() throws Exception {
        ExportResult result = new StatementExporter(ExportFixtures.signer()).export(
                ExportFixtures.rows(3, "EUR", 7), ExportFormat.CSV, dir.resolve("s.csv"),
                ExportFixtures.context("EUR"), Progress.NONE);
        StatementLine huge = new StatementLine(1_730_000_000_000L, "DEPOSIT", "1", "COMPLETED", "x", "EUR",
                Long.MAX_VALUE, 0, 0);
        ByteArrayOutputStream forged = new ByteArrayOutputStream();
        ExportFormat.CSV.codec().write(List.of(huge, huge), ExportFixtures.context("EUR"), "forger", forged,
                Progress.NONE);
        Files.write(result.file(), forged.toByteArray());

        ReviewReport report = ExportReview.open(result.manifestFile(), ExportFixtures.trust());

        assertThat(report.verdict()).isEqualTo(ReviewReport.Verdict.ALTERED);
        assertThat(report.findings()).anyMatch(f -> f.contains("overflow"));
    }
}
