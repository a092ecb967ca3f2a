package backoffice.app.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.IdentityCalls;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.InstrumentType;
import backoffice.client.model.ManagedCard;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.Demo;
import backoffice.testsupport.DemoSandboxExtension;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SessionKit;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Money forms after a success are disarmed (a second click or Enter sends nothing), an identical order within ten
 * minutes is asked about first naming the earlier one (also from a new form, as after switching panes), and a
 * switch of environment or identity clears what belonged to the old one without failing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoSandboxExtension.class)
class MoneyFormSafetyTest {

    @Demo
    private SandboxFixture sandbox;
    @Demo(type = IdentityType.CORPORATE, index = 1)
    private Identity owner;
    private String main;
    private String card;

    @TempDir
    Path home;

    @BeforeAll
    void start() {
        main = sandbox.server.state().accountsOf(owner.id()).get(0).id();
        card = sandbox.newCard(owner, ManagedCard.PREPAID, "VIRTUAL", 0);
    }

    private SessionKit kit() {
        return new SessionKit(home.resolve(UUID.randomUUID().toString())).impersonating(sandbox, owner);
    }

    private static void pick(SessionKit kit, InstrumentField field, String account) {
        pick(kit, field, InstrumentType.MANAGED_ACCOUNTS, account);
    }

    private static void pick(SessionKit kit, InstrumentField field, InstrumentType type, String account) {
        field.typeProperty().set(type);
        field.idProperty().set(account);
        field.check(new IdentityCalls(kit.session), r -> { });
    }

    private long balance(String account) {
        return sandbox.server.state().account(account).orElseThrow().balances().availableBalance();
    }

    private FeeFormViewModel feeForm(SessionKit kit) {
        FeeFormViewModel vm = new FeeFormViewModel(kit.session);
        vm.feeTypeProperty().set("PRINTED_CARD_ACCOUNT_STATEMENT");
        pick(kit, vm.source(), main);
        return vm;
    }

    @Test
    void aChargedFeeDisarmsTheFormSoASecondClickChargesNothing() {
        SessionKit kit = kit();
        FeeFormViewModel vm = feeForm(kit);
        long before = balance(main);
        assertThat(vm.canSubmitProperty().get()).isTrue();
        vm.submit();
        assertThat(balance(main)).isEqualTo(before - 103);
        assertThat(vm.canSubmitProperty().get()).as("disarmed after success").isFalse();
        assertThat(vm.source().idProperty().get()).isEmpty();
        int asked = kit.dialogs.questions.size();
        vm.submit(); // the Enter that followed the click
        assertThat(kit.dialogs.questions).hasSize(asked);
        assertThat(balance(main)).isEqualTo(before - 103);
    }

    @Test
    void theSameFeeAgainWithinTenMinutesAsksFirstNamingTheEarlierOneEvenFromAnotherForm() {
        SessionKit kit = kit();
        FeeFormViewModel first = feeForm(kit);
        first.submit();
        String earlier = first.resultProperty().get();
        long afterFirst = balance(main);

        FeeFormViewModel again = feeForm(kit); // the pane built anew: the memory is the session's
        kit.dialogs.answer = false;
        again.submit();
        String question = kit.dialogs.questions.get(kit.dialogs.questions.size() - 1);
        assertThat(question).contains("was sent at");
        assertThat(earlier).contains(question.substring(question.indexOf(": ") + 2, question.indexOf(". Send")));
        assertThat(balance(main)).isEqualTo(afterFirst);

        kit.dialogs.answer = true;
        again.submit();
        assertThat(balance(main)).as("asked, confirmed: a deliberate second fee").isEqualTo(afterFirst - 103);
    }

    @Test
    void aRepeatedTransferAsksBeforeTheConfirmationAndADifferentAmountDoesNot() {
        SessionKit kit = kit();
        TransferFormViewModel vm = new TransferFormViewModel(kit.session);
        pick(kit, vm.source(), main);
        pick(kit, vm.destination(), InstrumentType.MANAGED_CARDS, card);
        vm.amountProperty().set("1.00");
        vm.submit();
        assertThat(vm.resultProperty().get()).as(vm.problemProperty().get() + " " + vm.errorProperty().get())
                .contains("COMPLETED");
        assertThat(vm.amountProperty().get()).as("disarmed: the amount is gone").isEmpty();
        assertThat(vm.canSubmitProperty().get()).isFalse();
        int asked = kit.dialogs.questions.size();

        vm.amountProperty().set("2.00");
        kit.dialogs.answer = false;
        vm.submit();
        assertThat(kit.dialogs.questions.subList(asked, kit.dialogs.questions.size()))
                .noneMatch(q -> q.contains("was sent at"));

        asked = kit.dialogs.questions.size();
        vm.amountProperty().set("1.00");
        vm.submit();
        assertThat(kit.dialogs.questions.subList(asked, kit.dialogs.questions.size())).singleElement().asString()
                .contains("was sent at");
    }

    @Test
    void switchingEnvironmentWithNoFeeTypeChosenFailsNothingAndClearsTheForms() {
        SessionKit kit = kit();
        FeeFormViewModel fee = feeForm(kit);
        TransferFormViewModel transfer = new TransferFormViewModel(kit.session);
        pick(kit, transfer.source(), main);
        transfer.amountProperty().set("3.00");
        fee.feeTypeProperty().set(null); // what the editable combo box does when its items are replaced

        kit.connectedTo(sandbox); // another environment: a new connection, no identity

        assertThat(fee.source().summaryProperty().get()).isNull();
        assertThat(fee.source().idProperty().get()).isEmpty();
        assertThat(fee.feeTypeProperty().get()).isEqualTo(fee.feeTypes().get(0));
        assertThat(transfer.source().idProperty().get()).isEmpty();
        assertThat(transfer.amountProperty().get()).isEmpty();
        assertThat(transfer.canSubmitProperty().get()).isFalse();
    }

    @Test
    void aRefusedSubmitNamesTheFirstProblemInReadingOrderAndItsFieldAndAsksNothing() {
        SessionKit kit = kit();
        TransferFormViewModel vm = new TransferFormViewModel(kit.session);
        vm.submit();
        assertThat(vm.problemAtProperty().get()).isEqualTo(FormPart.SOURCE);
        assertThat(vm.problemProperty().get()).startsWith("Choose the source");
        pick(kit, vm.source(), main);
        vm.destination().idProperty().set("12a");
        vm.submit();
        assertThat(vm.problemAtProperty().get()).isEqualTo(FormPart.DESTINATION);
        assertThat(vm.problemProperty().get()).contains("an account id");
        pick(kit, vm.destination(), InstrumentType.MANAGED_CARDS, card);
        vm.submit(); // the Enter in the amount field of a form without an amount
        assertThat(vm.problemAtProperty().get()).isEqualTo(FormPart.AMOUNT);
        vm.amountProperty().set("1.00");
        vm.tagProperty().set("no spaces");
        vm.submit();
        assertThat(vm.problemAtProperty().get()).isEqualTo(FormPart.TAG);
        assertThat(kit.dialogs.questions).as("nothing asked, nothing sent").isEmpty();

        vm.tagProperty().set("");
        long before = balance(main);
        vm.submit();
        assertThat(vm.problemAtProperty().get()).isNull();
        assertThat(kit.dialogs.questions).hasSize(1);
        assertThat(balance(main)).isEqualTo(before - 100 - 100); // amount and the transfer fee

        FeeFormViewModel fee = new FeeFormViewModel(kit.session);
        fee.feeTypeProperty().set("");
        fee.submit();
        assertThat(fee.problemAtProperty().get()).isEqualTo(FormPart.FEE_TYPE);
        fee.feeTypeProperty().set("PRINTED_CARD_ACCOUNT_STATEMENT");
        fee.submit();
        assertThat(fee.problemAtProperty().get()).isEqualTo(FormPart.SOURCE);
        assertThat(fee.problemProperty().get()).startsWith("Choose the source");
        assertThat(kit.dialogs.questions).hasSize(1);
    }
}
