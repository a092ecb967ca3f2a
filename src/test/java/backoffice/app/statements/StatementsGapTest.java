package backoffice.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.BackOfficeClient;
import backoffice.client.statements.StatementsService;
import backoffice.credentials.InMemoryCredentialStore;
import backoffice.export.ExportFormat;
import backoffice.export.ReviewReport;
import backoffice.testsupport.Demo;
import backoffice.testsupport.DemoSandboxExtension;
import backoffice.testsupport.ManualScheduler;
import backoffice.testsupport.PageShift;
import backoffice.testsupport.PostingAccount;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SessionKit;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A statement that changed under its load so that two pages do not follow on from each other says rows may be
 * missing, offers a reload and marks its export; the count alone could not tell (see {@code StatementShiftSandboxIT}).
 */
@ExtendWith(DemoSandboxExtension.class)
class StatementsGapTest {

    @Demo
    private SandboxFixture sandbox;

    @TempDir
    Path home;
    @TempDir
    Path exports;

    @Test
    void pagesThatDoNotFollowOnSayRowsMayBeMissingAndTheExportSaysSo() throws Exception {
        PostingAccount history = new PostingAccount(sandbox);
        long inFirstLaterPage = history.newestFirst().get(100).processedTimestamp();
        PageShift shift = history.posting(StatementsService.PAGE_OVERLAP + 1, inFirstLaterPage - 500);
        BackOfficeClient client = history.clientRefusingSeams(shift); // the seam between the pages cannot be mended
        SessionKit kit = new SessionKit(home).impersonating(sandbox,
                sandbox.server.state().identity(history.customer.id).orElseThrow(), client);
        ManualScheduler scheduler = new ManualScheduler();
        InMemoryCredentialStore keys = new InMemoryCredentialStore();
        ExportSigning signing = new ExportSigning(() -> keys);
        StatementsViewModel vm = new StatementsViewModel(kit.session, scheduler, signing, Clock.systemUTC());
        kit.dialogs.saveFolder = exports;

        vm.fields().kindProperty().set(StatementsViewModel.Kind.ACCOUNT);
        vm.fields().instrumentIdProperty().set(history.customer.a.id());
        vm.load();
        while (scheduler.runNext()) {
            // the FX ticks that move the rows into the table
        }

        assertThat(shift.happened()).isTrue();
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.incompleteProperty().get()).startsWith("Rows may be missing: entries were posted inside this "
                + "range while it loaded, and one page did not follow on").contains("reload");
        ReviewViewModel review = StatementExports.review(StatementExports.export(vm, ExportFormat.CSV, exports), kit,
                signing);
        assertThat(review.verdictProperty().get()).isEqualTo(ReviewReport.Verdict.INTACT);
        assertThat(review.incompleteProperty().get()).startsWith("INCOMPLETE export")
                .contains(vm.incompleteProperty().get());
    }
}
