package backoffice.app.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.IdentityCalls;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.InstrumentType;
import backoffice.journal.JournalEntry;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.Demo;
import backoffice.testsupport.DemoSandboxExtension;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SessionKit;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Charging a fee through the form: fee types of the programme, confirmation with the amount, journal. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoSandboxExtension.class)
class FeeFormViewModelTest {

    @Demo
    private SandboxFixture sandbox;
    @Demo(type = IdentityType.CONSUMER, index = 0)
    private Identity owner;

    @TempDir
    Path home;

    @Test
    void chargesTheConfirmedFeeOnce() {
        SessionKit kit = new SessionKit(home).impersonating(sandbox, owner);
        FeeFormViewModel vm = new FeeFormViewModel(kit.session);
        assertThat(vm.feeTypes()).contains("PRINTED_CARD_ACCOUNT_STATEMENT", "CARD_REPLACEMENT");
        String account = sandbox.server.state().accountsOf(owner.id()).get(0).id();
        long before = sandbox.server.state().account(account).orElseThrow().balances().availableBalance();
        vm.feeTypeProperty().set("PRINTED_CARD_ACCOUNT_STATEMENT");
        vm.source().typeProperty().set(InstrumentType.MANAGED_ACCOUNTS);
        vm.source().idProperty().set(account);
        vm.source().check(new IdentityCalls(kit.session), r -> { });
        vm.feeTypeProperty().set("NOT_A_FEE");
        assertThat(vm.problemProperty().get()).contains("Not a fee type");
        vm.feeTypeProperty().set("PRINTED_CARD_ACCOUNT_STATEMENT");
        vm.submit();
        assertThat(kit.dialogs.questions.get(kit.dialogs.questions.size() - 1)).contains("1.03 EUR");
        assertThat(vm.resultProperty().get()).contains("1.03 EUR taken");
        assertThat(sandbox.server.state().account(account).orElseThrow().balances().availableBalance())
                .isEqualTo(before - 103);
        assertThat(kit.session.audit().journal().read().entries()).extracting(JournalEntry::operation)
                .contains("FEE_CHARGE_ATTEMPT", "FEE_CHARGE");
    }
}
