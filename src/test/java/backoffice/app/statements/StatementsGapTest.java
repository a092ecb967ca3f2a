package backoffice.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.BackOfficeClient;
import backoffice.client.statements.StatementsService;
import backoffice.credentials.InMemoryCredentialStore;
import backoffice.export.ExportFormat;
import backoffice.export.ReviewReport;
import backoffice.sandbox.store.Account;
import backoffice.testsupport.Customer;
import backoffice.testsupport.Demo;
import backoffice.testsupport.DemoSandboxExtension;
import backoffice.testsupport.ManualScheduler;
import backoffice.testsupport.PageShift;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SessionKit;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
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
        Customer customer = new Customer(sandbox);
        Account account = sandbox.server.state().account(customer.a.id()).orElseThrow();
        for (int i = 0; i < 1_100; i++) {
            sandbox.server.state().deposit(account, 100 + i, 0, 1_700_000_000_000L + i * 1_000L);
        }
        long inFirstLaterPage = sandbox.server.state().entries(account).stream()
                .sorted(Comparator.comparingLong(e -> -e.processedTimestamp())).toList().get(100).processedTimestamp();
        int held = StatementsService.FIRST_PAGE_SIZE - StatementsService.PAGE_OVERLAP;
        int second = held + StatementsService.ACCOUNT_PAGE_SIZE - StatementsService.PAGE_OVERLAP;
        PageShift shift = new PageShift(held, second,
                () -> {
                    for (int i = 0; i <= StatementsService.PAGE_OVERLAP; i++) {
                        sandbox.server.state().deposit(account, 5, 0, inFirstLaterPage - 500);
                    }
                });
        BackOfficeClient client = BackOfficeClient.builder().rootUrl(sandbox.server.rootUrl())
                .apiKey(sandbox.server.apiKey()).customize(b -> b.addInterceptor(shift)).build();
        SessionKit kit = new SessionKit(home).impersonating(sandbox,
                sandbox.server.state().identity(customer.id).orElseThrow(), client);
        ManualScheduler scheduler = new ManualScheduler();
        InMemoryCredentialStore keys = new InMemoryCredentialStore();
        ExportSigning signing = new ExportSigning(() -> keys);
        StatementsViewModel vm = new StatementsViewModel(kit.session, scheduler, signing, Clock.systemUTC());
        kit.dialogs.saveFolder = exports;

        vm.kindProperty().set(StatementsViewModel.Kind.ACCOUNT);
        vm.instrumentIdProperty().set(customer.a.id());
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
