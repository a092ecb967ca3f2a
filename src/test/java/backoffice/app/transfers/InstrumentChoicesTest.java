package backoffice.app.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.IdentityCalls;
import backoffice.app.ui.ErrorReport;
import backoffice.app.workspace.IdentityMemory;
import backoffice.app.workspace.WorkspaceMemory;
import backoffice.app.workspace.WorkspaceViewModel;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.InstrumentType;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.Demo;
import backoffice.testsupport.DemoSandboxExtension;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SessionKit;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Source and destination offer the impersonated identity's own accounts and cards, as the workspace's discovery
 * found them (no second discovery), filtered by what is typed; a typed or pasted id still works, and every id
 * problem names the kind the agent chose.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoSandboxExtension.class)
class InstrumentChoicesTest {

    private static final String ACCOUNT_6015 = "110170049121026015";
    private static final String ACCOUNT_6018 = "110170049121026018";

    @Demo
    private SandboxFixture sandbox;
    @Demo(type = IdentityType.CORPORATE, index = 0)
    private Identity northwind;

    @TempDir
    Path home;

    private SessionKit kit() {
        return new SessionKit(home.resolve(UUID.randomUUID().toString())).impersonating(sandbox, northwind);
    }

    private WorkspaceViewModel workspace(SessionKit kit) {
        return new WorkspaceViewModel(kit.session, new IdentityMemory<>(kit.dirs.data(), WorkspaceMemory.KIND,
                WorkspaceMemory.class), Clock.systemUTC());
    }

    @Test
    void theCustomersOwnAccountsAndCardsAreOfferedWithLastFourNameCurrencyAndBalance() {
        SessionKit kit = kit();
        WorkspaceViewModel workspace = workspace(kit);
        TransferFormViewModel vm = new TransferFormViewModel(kit.session, workspace.allRows());

        assertThat(vm.source().choices()).extracting(c -> c.id().id()).contains(ACCOUNT_6015, ACCOUNT_6018);
        InstrumentChoice operating = vm.source().choices().stream()
                .filter(c -> c.id().equals(InstrumentId.account(ACCOUNT_6015))).findFirst().orElseThrow();
        assertThat(operating.label()).startsWith("Account \u00b7\u00b7\u00b76015 \u00b7 ").contains(" \u00b7 EUR \u00b7 ")
                .endsWith(" EUR");
        assertThat(vm.source().choices()).as("accounts come first").first()
                .extracting(c -> c.id().isCard()).isEqualTo(false);
        assertThat(vm.destination().choices()).hasSameSizeAs(vm.source().choices());
        // another customer's instrument named in Northwind's transfers is not offered (it cannot be read as Northwind)
        assertThat(workspace.allRows()).hasSizeGreaterThanOrEqualTo(vm.source().choices().size());
        assertThat(vm.source().choices()).allMatch(c -> c.row().known().friendlyName() != null);
    }

    @Test
    void typingFiltersByLastFourAndPickingChecksLikeATypedId() {
        SessionKit kit = kit();
        TransferFormViewModel vm = new TransferFormViewModel(kit.session, workspace(kit).allRows());
        vm.source().idProperty().set("6018");
        assertThat(vm.source().choices()).singleElement().extracting(c -> c.id().id()).isEqualTo(ACCOUNT_6018);
        assertThat(vm.source().errorProperty().get()).as("a last four is digits: no error while typing").isNull();

        vm.source().pick(vm.source().choices().get(0));
        vm.checkSource();
        assertThat(vm.source().idProperty().get()).isEqualTo(ACCOUNT_6018);
        assertThat(vm.source().summaryProperty().get().id()).isEqualTo(InstrumentId.account(ACCOUNT_6018));

        vm.source().idProperty().set("  110 170 049 121 026 015 "); // pasted, grouped, with spaces around
        assertThat(vm.source().choices()).singleElement().extracting(c -> c.id().id()).isEqualTo(ACCOUNT_6015);
        vm.checkSource();
        assertThat(vm.source().summaryProperty().get().id()).isEqualTo(InstrumentId.account(ACCOUNT_6015));

        vm.destination().idProperty().set("Reserve");
        assertThat(vm.destination().choices()).extracting(c -> c.id().id()).containsExactly(ACCOUNT_6018);
    }

    @Test
    void aBadIdNamesTheKindChosenInTheTransferAndTheFeeForm() {
        SessionKit kit = kit();
        TransferFormViewModel transfer = new TransferFormViewModel(kit.session);
        FeeFormViewModel fee = new FeeFormViewModel(kit.session);
        for (InstrumentField f : new InstrumentField[] {transfer.source(), transfer.destination(), fee.source()}) {
            f.typeProperty().set(InstrumentType.MANAGED_ACCOUNTS);
            f.idProperty().set("12a");
            assertThat(f.errorProperty().get()).contains("an account id").doesNotContain("card");
            f.typeProperty().set(InstrumentType.MANAGED_CARDS);
            assertThat(f.errorProperty().get()).as("the message follows the kind").contains("a card id");
            f.typeProperty().set(InstrumentType.MANAGED_ACCOUNTS);
            f.check(new IdentityCalls(kit.session), r -> { });
            assertThat(f.errorProperty().get()).contains("an account id").doesNotContain("card");
        }
    }

    @Test
    void aFailedReadsErrorGoesOnceTheSideReadsButASendsErrorStays() {
        SessionKit kit = kit();
        TransferFormViewModel vm = new TransferFormViewModel(kit.session);
        vm.destination().idProperty().set("110170049121099999"); // no instrument of Northwind's
        vm.checkDestination();
        assertThat(vm.errorProperty().get()).isNotNull();
        assertThat(vm.errorProperty().get().errorCode()).isEqualTo("NOT_FOUND");
        vm.destination().idProperty().set(ACCOUNT_6018);
        vm.checkDestination();
        assertThat(vm.errorProperty().get()).as("the failed read's box goes with it").isNull();

        ErrorReport sendError = new ErrorReport("refused", "X", "r", null, null,
                ErrorReport.Kind.OTHER);
        vm.action().fail(sendError);
        vm.checkSource();
        assertThat(vm.errorProperty().get()).isSameAs(sendError);
    }
}
