package backoffice.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.credentials.InMemoryCredentialStore;
import backoffice.credentials.SigningKeys;
import backoffice.export.ExportContext;
import backoffice.export.ExportFormat;
import backoffice.export.ExportResult;
import backoffice.export.ExportSigner;
import backoffice.export.Progress;
import backoffice.export.ReviewReport;
import backoffice.export.StatementExporter;
import backoffice.export.StatementLine;
import backoffice.testsupport.SessionKit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Review pane's view model: no connection, no identity, just files. */
class ReviewViewModelTest {

    @TempDir
    Path home;
    @TempDir
    Path files;

    private SessionKit kit;
    private ExportSigning signing;
    private ReviewViewModel vm;

    @BeforeEach
    void create() {
        kit = new SessionKit(home);
        InMemoryCredentialStore keys = new InMemoryCredentialStore();
        signing = new ExportSigning(() -> keys);
        vm = new ReviewViewModel(kit.session, signing, new KeyTrust(kit.dirs.config()));
    }

    private ExportResult export(ExportFormat format) throws Exception {
        return export(format, signing.signer(), "s");
    }

    private ExportResult export(ExportFormat format, ExportSigner signer, String name)
            throws Exception {
        List<StatementLine> rows = List.of(
                new StatementLine(1_790_000_000_000L, "DEPOSIT", "1", "COMPLETED", "Incoming deposit", "EUR", 10_000,
                        110, 9_890),
                new StatementLine(1_790_000_100_000L, "SETTLEMENT", "2", "COMPLETED", "Starbucks", "EUR", -450, 0,
                        9_440));
        ExportContext ctx = new ExportContext("agent@desk", 1_795_000_000_000L, "Embedded sandbox", "CORPORATE",
                "110170049121026001", "managed_accounts", "110170049121026015", "Operating EUR", "EUR",
                Map.of("types", "all"));
        return new StatementExporter(signer).export(rows, format, files.resolve(name + "." + format.extension()),
                ctx, Progress.NONE);
    }

    @Test
    void anIntactExportNamesThisInstallationsKeyAndShowsItsRows() throws Exception {
        ExportResult r = export(ExportFormat.JSON);
        kit.dialogs.fileToOpen = r.manifestFile();
        vm.choose();
        assertThat(vm.verdictProperty().get()).isEqualTo(ReviewReport.Verdict.INTACT);
        assertThat(vm.headlineProperty().get()).startsWith("Intact").contains(r.fingerprint())
                .contains("this installation");
        assertThat(vm.trustedKeys()).singleElement().asString().contains(r.fingerprint());
        assertThat(vm.detailsProperty().get()).contains("Operating EUR", "agent@desk", "CORPORATE");
        assertThat(vm.rows().all()).hasSize(2);
        assertThat(vm.rows().totalsProperty().get().fees()).isEqualTo(110);
        assertThat(vm.findings()).isEmpty();
        vm.rows().searchProperty().set("starbucks");
        assertThat(vm.rows().shown()).hasSize(1);
    }

    @Test
    void anAlteredExportSaysSoAndListsWhat() throws Exception {
        ExportResult r = export(ExportFormat.CSV);
        Files.writeString(r.file(), Files.readString(r.file()).replace("-4.50", "-5.50"));
        vm.open(r.file());
        assertThat(vm.verdictProperty().get()).isEqualTo(ReviewReport.Verdict.ALTERED);
        assertThat(vm.headlineProperty().get()).startsWith("ALTERED: " + vm.findings().size() + " things do not match");
        assertThat(vm.findings()).anyMatch(f -> f.contains("SHA-256")).anyMatch(f -> f.contains("totals"));
    }

    @Test
    void aFileThatIsNotAnExportIsSaidToBeUnreadable() throws Exception {
        Path other = Files.writeString(files.resolve("notes.txt"), "hello");
        vm.open(other);
        assertThat(vm.verdictProperty().get()).isEqualTo(ReviewReport.Verdict.UNREADABLE);
        assertThat(vm.rows().all()).isEmpty();
    }

    @Test
    void anExportSignedByAColleaguesKeyIsUnknownUntilTheAgentTrustsItAfterSeeingItsFingerprint() throws Exception {
        ExportSigner colleague = new ExportSigner(
                SigningKeys.generate());
        ExportResult r = export(ExportFormat.CSV, colleague, "alice");
        vm.open(r.file());
        assertThat(vm.verdictProperty().get()).isEqualTo(ReviewReport.Verdict.UNKNOWN_SIGNER);
        assertThat(vm.headlineProperty().get()).startsWith("Signed by an unknown key").contains(r.fingerprint());
        assertThat(vm.findings()).singleElement().asString().contains("Review pane");

        kit.dialogs.typed = null;
        vm.trustSigner();
        assertThat(kit.dialogs.questions).last().asString().contains(r.fingerprint());
        assertThat(vm.verdictProperty().get()).as("cancelled: nothing trusted")
                .isEqualTo(ReviewReport.Verdict.UNKNOWN_SIGNER);

        kit.dialogs.typed = "Alice (treasury)";
        vm.trustSigner();
        assertThat(vm.verdictProperty().get()).isEqualTo(ReviewReport.Verdict.INTACT);
        assertThat(vm.headlineProperty().get()).startsWith("Intact").contains("Alice (treasury)", r.fingerprint());
        assertThat(Files.readString(kit.dirs.config().resolve("trusted-keys.txt")))
                .contains("ed25519 " + colleague.publicKey() + " Alice (treasury)");
    }

    @Test
    void aColleaguesKeyCanBeImportedFromTheirManifestAndATeamListIsHonoured() throws Exception {
        ExportSigner bob = new ExportSigner(
                SigningKeys.generate());
        ExportSigner carol = new ExportSigner(
                SigningKeys.generate());
        ExportResult fromBob = export(ExportFormat.JSON, bob, "bob");
        kit.dialogs.fileToOpen = fromBob.manifestFile();
        kit.dialogs.typed = "Bob";
        vm.importKey();
        assertThat(kit.dialogs.questions).last().asString().contains(bob.fingerprint());
        vm.open(fromBob.file());
        assertThat(vm.verdictProperty().get()).isEqualTo(ReviewReport.Verdict.INTACT);

        Files.writeString(kit.dirs.config().resolve("team-keys.txt"), "ed25519 " + carol.publicKey() + " Carol\n");
        vm.open(export(ExportFormat.CSV, carol, "carol").file());
        assertThat(vm.verdictProperty().get()).isEqualTo(ReviewReport.Verdict.INTACT);
        assertThat(vm.headlineProperty().get()).contains("Carol", carol.fingerprint());
        assertThat(vm.trustedKeys()).hasSize(3).anyMatch(k -> k.contains("team-keys.txt"));
    }
}
