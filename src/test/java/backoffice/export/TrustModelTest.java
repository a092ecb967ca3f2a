package backoffice.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review trusts keys it was told to trust, never the key inside the manifest; and no change to the pair goes
 * unnoticed: the signature's exact text, the names it signs, a damaged manifest.
 */
class TrustModelTest {

    @TempDir
    Path dir;

    private ExportResult export(String name, ExportSigner signer, int rows) throws Exception {
        return new StatementExporter(signer).export(ExportFixtures.rows(rows, "EUR", rows),
                ExportFormat.ofFileName(name).orElseThrow(), dir.resolve(name), ExportFixtures.context("EUR"),
                Progress.NONE);
    }

    private static ReviewReport review(Path file) {
        return ExportReview.open(file, ExportFixtures.trust());
    }

    @Test
    void aTrustedSignerIsIntactAndNamedWithLabelAndFingerprint() throws Exception {
        ExportResult r = export("s.csv", ExportFixtures.signer(), 20);
        ReviewReport report = review(r.file());
        assertThat(report.verdict()).isEqualTo(ReviewReport.Verdict.INTACT);
        assertThat(report.trustedSigner().label()).isEqualTo("the tests");
        assertThat(report.trustedSigner().fingerprint()).isEqualTo(ExportFixtures.signer().fingerprint());
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void aValidSignatureByAFreshKeyIsAnUnknownSignerNotIntact() throws Exception {
        ExportSigner forger = ExportFixtures.freshSigner();
        ExportResult r = export("s.json", forger, 20);
        ReviewReport report = review(r.manifestFile());
        assertThat(report.verdict()).isEqualTo(ReviewReport.Verdict.UNKNOWN_SIGNER);
        assertThat(report.fingerprint()).isEqualTo(forger.fingerprint());
        assertThat(report.findings()).singleElement().asString().contains("does not trust", "Review pane",
                "team key list");
        TrustedKeys both = ExportFixtures.trust();
        both.add(forger.publicKey(), "Alice", "test");
        assertThat(ExportReview.open(r.file(), both).verdict()).isEqualTo(ReviewReport.Verdict.INTACT);
    }

    @Test
    void aChangedLastCharacterOfTheSignatureIsAltered() throws Exception {
        ExportResult r = export("s.csv", ExportFixtures.signer(), 20);
        String text = Files.readString(r.manifestFile());
        int quote = text.indexOf('"', text.indexOf("\"signature\" : \"") + 15);
        String sig = text.substring(text.indexOf("\"signature\" : \"") + 15, quote);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        int last = sig.replace("=", "").length() - 1;
        String changed = sig.substring(0, last) + alphabet.charAt(alphabet.indexOf(sig.charAt(last)) ^ 1)
                + sig.substring(last + 1);
        assertThat(Base64.getDecoder().decode(changed)).as("the change is invisible to a plain decoder")
                .isEqualTo(Base64.getDecoder().decode(sig));
        Files.writeString(r.manifestFile(), text.replace(sig, changed));
        ReviewReport report = review(r.file());
        assertThat(report.verdict()).isEqualTo(ReviewReport.Verdict.ALTERED);
        assertThat(report.findings()).anyMatch(f -> f.contains("signature text was changed"));
    }

    @Test
    void aRenamedPairIsReported() throws Exception {
        ExportResult r = export("s.csv", ExportFixtures.signer(), 20);
        Path renamed = Files.move(r.file(), dir.resolve("other.csv"));
        Files.move(r.manifestFile(), StatementExporter.manifestFor(renamed));
        for (Path opened : new Path[] {renamed, StatementExporter.manifestFor(renamed)}) {
            ReviewReport report = review(opened);
            assertThat(report.verdict()).as(opened.toString()).isEqualTo(ReviewReport.Verdict.ALTERED);
            assertThat(report.findings()).anyMatch(f -> f.contains("named other.csv but its manifest was signed"
                    + " for s.csv"));
        }
    }

    @Test
    void swappedManifestsOfTwoExportsAreReported() throws Exception {
        ExportResult a = export("a.csv", ExportFixtures.signer(), 20);
        ExportResult b = export("b.csv", ExportFixtures.signer(), 30);
        byte[] ma = Files.readAllBytes(a.manifestFile());
        Files.write(a.manifestFile(), Files.readAllBytes(b.manifestFile()));
        Files.write(b.manifestFile(), ma);
        for (Path opened : new Path[] {a.file(), a.manifestFile(), b.file(), b.manifestFile()}) {
            ReviewReport report = review(opened);
            assertThat(report.verdict()).as(opened.toString()).isEqualTo(ReviewReport.Verdict.ALTERED);
            assertThat(report.findings()).as(opened.toString()).anyMatch(f -> f.contains("swapped")
                    || f.contains("belongs to another export"));
        }
    }

    @Test
    void aTruncatedOrGarbledManifestIsAlteredNotUnreadable() throws Exception {
        ExportResult r = export("s.csv", ExportFixtures.signer(), 20);
        byte[] whole = Files.readAllBytes(r.manifestFile());
        for (int length = 0; length < whole.length; length += 7) {
            Files.write(r.manifestFile(), Arrays.copyOf(whole, length));
            for (Path opened : new Path[] {r.file(), r.manifestFile()}) {
                ReviewReport report = review(opened);
                assertThat(report.verdict()).as("manifest cut to %d bytes, opened %s", length, opened.getFileName())
                        .isEqualTo(ReviewReport.Verdict.ALTERED);
                assertThat(report.rows()).hasSize(20);
            }
        }
        Files.writeString(r.manifestFile(), "{\"manifest\": garbage", StandardCharsets.UTF_8);
        assertThat(review(r.file()).findings()).anyMatch(f -> f.contains("is damaged"));
    }

    @Test
    void aKeyListReadsKeysWithLabelsAndReportsBadLines() throws Exception {
        ExportSigner alice = ExportFixtures.freshSigner();
        Path list = Files.writeString(dir.resolve("team-keys.txt"), "# team\n\n" + "ed25519 " + alice.publicKey()
                + " Alice Martin (treasury)\n" + "ed25519 not-a-key Bob\n" + "rsa AAAA Carol\n");
        TrustedKeys keys = new TrustedKeys().addFile(list);
        assertThat(keys.all()).singleElement().satisfies(k -> {
            assertThat(k.label()).isEqualTo("Alice Martin (treasury)");
            assertThat(k.fingerprint()).isEqualTo(alice.fingerprint());
        });
        assertThat(keys.problems()).hasSize(2).allMatch(p -> p.contains("team-keys.txt line"));
        assertThat(TrustedKeys.fingerprintOf(alice.publicKey() + "x")).isEmpty();
        ExportResult r = export("s.csv", alice, 5);
        assertThat(TrustedKeys.publicKeyIn(Files.readAllBytes(r.manifestFile()))).contains(alice.publicKey());
        assertThat(TrustedKeys.publicKeyIn(alice.publicKey().getBytes(StandardCharsets.UTF_8)))
                .contains(alice.publicKey());
    }
}
