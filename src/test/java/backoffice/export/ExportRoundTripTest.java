package backoffice.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backoffice.client.model.CurrencyAmount;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Export → review reads back exactly the same rows and totals, and says the export is intact and whose it is. */
class ExportRoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"CSV,EUR", "PDF,EUR", "JSON,EUR", "CSV,JPY", "CSV,BHD", "PDF,GBP"})
    void reviewReadsBackTheSameRowsAndTotals(ExportFormat format, String currency) throws Exception {
        List<StatementLine> rows = ExportFixtures.rows(1500, currency, 7);
        ExportSigner signer = ExportFixtures.signer();
        Path target = dir.resolve("statement." + format.extension());
        ExportResult result = new StatementExporter(signer).export(rows, format, target,
                ExportFixtures.context(currency), Progress.NONE);

        assertThat(result.file()).isEqualTo(target).exists();
        assertThat(result.manifestFile()).hasFileName("statement." + format.extension() + ".bocx").exists();
        assertThat(result.manifest().rowCount()).isEqualTo(1500);
        for (Path opened : List.of(target, result.manifestFile())) {
            ReviewReport report = ExportReview.open(opened, ExportFixtures.trust());
            assertThat(report.findings()).isEmpty();
            assertThat(report.verdict()).isEqualTo(ReviewReport.Verdict.INTACT);
            assertThat(report.rows()).isEqualTo(rows);
            assertThat(report.totals()).isEqualTo(StatementTotals.of(rows));
            assertThat(report.fingerprint()).isEqualTo(signer.fingerprint()).startsWith("SHA256:");
            assertThat(report.manifest().identity().id()).isEqualTo("110170049121026001");
            assertThat(report.manifest().filters()).containsEntry("order", "DESC");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder(target.getFileName().toString(),
                            result.manifestFile().getFileName().toString());
        }
    }

    @Test
    void theCsvIsPlainMoneyASpreadsheetReads() throws Exception {
        Path target = dir.resolve("s.csv");
        new StatementExporter(ExportFixtures.signer()).export(List.of(new StatementLine(1_795_000_000_123L,
                "DEPOSIT", "1", "COMPLETED", "Comma, Inc.", "EUR", -12_345, 110, 5)), ExportFormat.CSV, target,
                ExportFixtures.context("EUR"), Progress.NONE);
        assertThat(Files.readString(target)).isEqualTo(CsvRows.HEADER + "\r\n"
                + "2026-11-18T11:06:40.123Z,DEPOSIT,1,COMPLETED,\"Comma, Inc.\",EUR,-123.45,1.10,0.05,,,,,,,,,,\r\n");
    }

    @Test
    void forexDetailsAndBothBalancesAreColumnsOfTheCsvAndFieldsOfTheJson() throws Exception {
        var after = new CurrencyAmount("EUR", 5);
        StatementLine fx = new StatementLine(1_795_000_000_123L, "SETTLEMENT", "9", "COMPLETED", "Shop", "EUR",
                -1_000, 0, 5, EntryExtras.of(new CurrencyAmount("USD", 1_088), true, null,
                "1.0875", new CurrencyAmount("GBP", 861), "0.861", after, after, after));
        Path csv = dir.resolve("fx.csv");
        new StatementExporter(ExportFixtures.signer()).export(List.of(fx), ExportFormat.CSV, csv,
                ExportFixtures.context("EUR"), Progress.NONE);
        assertThat(Files.readString(csv)).isEqualTo(CsvRows.HEADER + "\r\n"
                + "2026-11-18T11:06:40.123Z,SETTLEMENT,9,COMPLETED,Shop,EUR,-10.00,0.00,0.05,"
                + "USD,10.88,,,1.0875,GBP,8.61,0.861,0.05,0.05\r\n");
        Path json = dir.resolve("fx.json");
        new StatementExporter(ExportFixtures.signer()).export(List.of(fx), ExportFormat.JSON, json,
                ExportFixtures.context("EUR"), Progress.NONE);
        assertThat(Files.readString(json)).contains("\"originalAmount\":{\"currency\":\"USD\",\"amount\":1088}",
                "\"forexRate\":\"1.0875\"", "\"userExchangeRate\":\"0.861\"", "\"availableBalanceAfter\":5");
        assertThat(ExportReview.open(json, ExportFixtures.trust()).rows()).containsExactly(fx);
    }

    @Test
    void aCsvOfTheFirstVersionWithoutExtrasColumnsStillReads() throws Exception {
        byte[] old = (CsvRows.HEADER_V1 + "\r\n2026-11-18T11:06:40.123Z,DEPOSIT,1,COMPLETED,x,EUR,1.00,0.00,1.00\r\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(ExportFormat.CSV.codec().read(old)).containsExactly(new StatementLine(1_795_000_000_123L, "DEPOSIT",
                "1", "COMPLETED", "x", "EUR", 100, 0, 100));
    }

    @Test
    void aPdfShowsAForexLineUnderTheRowAndTheStatementFooter() throws Exception {
        Path target = dir.resolve("fx.pdf");
        ExportContext c = ExportFixtures.context("EUR");
        ExportContext withFooter = new ExportContext(c.exportedBy(), c.exportedAt(), c.environment(),
                c.identityType(), c.identityId(), c.instrumentType(), c.instrumentId(), c.instrumentName(),
                c.currency(), c.filters(), "Issued by Example Bank plc, regulated by the FCA.");
        new StatementExporter(ExportFixtures.signer()).export(ExportFixtures.rows(12, "EUR", 3), ExportFormat.PDF,
                target, withFooter, Progress.NONE);
        try (var doc = Loader.loadPDF(target.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Statement footer: Issued by Example Bank plc, regulated by the FCA.",
                    "FX: original USD", "rate 1.0875", "in user currency GBP", "at 0.8612", "rate 160.25");
        }
    }

    @Test
    void aPdfHasAHeaderPageNumbersAndItsRowsAttached() throws Exception {
        Path target = dir.resolve("s.pdf");
        new StatementExporter(ExportFixtures.signer()).export(ExportFixtures.rows(400, "EUR", 3), ExportFormat.PDF,
                target, ExportFixtures.context("EUR"), Progress.NONE);
        try (var doc = Loader.loadPDF(target.toFile())) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(3);
            String first = new PDFTextStripper() {{
                    setStartPage(1);
                    setEndPage(1);
                }}.getText(doc);
            assertThat(first).contains("Account statement", "CORPORATE 110170049121026001", "Main EUR account",
                    "Totals: 400 rows", "Signed export", "Page 1 of " + pages);
        }
    }

    @Test
    void cancellingLeavesNoFileUnderEitherName() throws Exception {
        Path target = dir.resolve("big.csv");
        AtomicInteger updates = new AtomicInteger();
        Progress cancelSoon = new Progress() {
            @Override
            public void update(long done, long total) {
                updates.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                return updates.get() >= 2;
            }
        };
        assertThatThrownBy(() -> new StatementExporter(ExportFixtures.signer()).export(
                ExportFixtures.rows(50_000, "EUR", 1), ExportFormat.CSV, target, ExportFixtures.context("EUR"),
                cancelSoon)).isInstanceOf(CancellationException.class);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void withoutAManifestTheRowsShowButNothingCanBeVouchedFor() throws Exception {
        Path target = dir.resolve("s.json");
        ExportResult r = new StatementExporter(ExportFixtures.signer()).export(ExportFixtures.rows(20, "EUR", 2),
                ExportFormat.JSON, target, ExportFixtures.context("EUR"), Progress.NONE);
        Files.delete(r.manifestFile());
        ReviewReport report = ExportReview.open(target, ExportFixtures.trust());
        assertThat(report.verdict()).isEqualTo(ReviewReport.Verdict.UNSIGNED);
        assertThat(report.rows()).hasSize(20);
        assertThat(report.findings().get(0)).contains("No manifest");
    }

    @Test
    void aMissingExportIsReportedFromItsManifest() throws Exception {
        Path target = dir.resolve("s.csv");
        ExportResult r = new StatementExporter(ExportFixtures.signer()).export(ExportFixtures.rows(20, "EUR", 2),
                ExportFormat.CSV, target, ExportFixtures.context("EUR"), Progress.NONE);
        Files.delete(target);
        ReviewReport report = ExportReview.open(r.manifestFile(), ExportFixtures.trust());
        assertThat(report.verdict()).isEqualTo(ReviewReport.Verdict.ALTERED);
        assertThat(report.findings()).anyMatch(f -> f.contains("s.csv is not next to the manifest"));
    }

    @Test
    void aForgedManifestSignedByAnotherKeyIsAnUnknownSignerNeverIntact() throws Exception {
        Path target = dir.resolve("s.csv");
        ExportSigner mine = ExportFixtures.signer();
        new StatementExporter(mine).export(ExportFixtures.rows(20, "EUR", 2), ExportFormat.CSV, target,
                ExportFixtures.context("EUR"), Progress.NONE);
        Files.writeString(target, Files.readString(target).replace("Merchant", "Merchang"));
        ExportSigner forger = ExportFixtures.freshSigner();
        new StatementExporter(forger).export(new CsvRows().read(Files.readAllBytes(target)), ExportFormat.CSV,
                target, ExportFixtures.context("EUR"), Progress.NONE);
        ReviewReport report = ExportReview.open(target, ExportFixtures.trust());
        assertThat(report.verdict()).isEqualTo(ReviewReport.Verdict.UNKNOWN_SIGNER);
        assertThat(report.trustedSigner()).isNull();
        assertThat(report.fingerprint()).isEqualTo(forger.fingerprint()).isNotEqualTo(mine.fingerprint());
        assertThat(report.findings()).singleElement().asString().contains(forger.fingerprint(), "does not trust",
                "Review pane");
    }
}
