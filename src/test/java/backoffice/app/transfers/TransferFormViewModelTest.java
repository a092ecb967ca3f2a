package backoffice.app.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.Connection;
import backoffice.app.FeeSchedule;
import backoffice.app.IdentityCalls;
import backoffice.app.Impersonation;
import backoffice.app.settings.EnvironmentKind;
import backoffice.app.ui.ErrorReport;
import backoffice.client.BackOfficeClient;
import backoffice.client.http.RetryPolicy;
import backoffice.client.model.IdentityId;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.InstrumentType;
import backoffice.client.model.ManagedCard;
import backoffice.journal.JournalEntry;
import backoffice.sandbox.http.Faults;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.Demo;
import backoffice.testsupport.DemoSandboxExtension;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SessionKit;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The transfer form on a real sandbox: validation before confirming, the fee, and retries that reuse the ref. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoSandboxExtension.class)
class TransferFormViewModelTest {

    @Demo
    private SandboxFixture sandbox;
    @Demo(type = IdentityType.CORPORATE, index = 1)
    private Identity owner;
    private SessionKit kit;
    private TransferFormViewModel vm;
    private String main;
    private String payables;

    @TempDir
    Path home;

    @BeforeAll
    void start() {
        main = sandbox.server.state().accountsOf(owner.id()).get(0).id();
        payables = sandbox.server.state().accountsOf(owner.id()).get(1).id();
    }

    @BeforeEach
    void form() {
        kit = new SessionKit(home).impersonating(sandbox, owner);
        var programme = sandbox.server.state().programmeByKey(sandbox.server.apiKey()).orElseThrow();
        BackOfficeClient noSleep = sandbox.clientBuilder(sandbox.server.apiKey())
                .retryPolicy(RetryPolicy.defaults().withMaxRetries(1).withSleeper(d -> { })).build();
        kit.session.connectionProperty().set(new Connection(EnvironmentKind.EMBEDDED, sandbox.server.rootUrl(),
                "Embedded sandbox", noSleep, new FeeSchedule(programme.transferProfileId(),
                programme.transferFees(), programme.customFees())));
        String token = noSleep.impersonation().accessToken(new IdentityId(owner.type(),
                owner.id())).bearer();
        kit.session.impersonationProperty().set(new Impersonation(
                new IdentityId(owner.type(), owner.id()), noSleep.impersonating(token)));
        vm = new TransferFormViewModel(kit.session);
    }

    @AfterEach
    void noFaults() {
        sandbox.server.setFaults(Faults.NONE);
    }

    private void pick(InstrumentField f, InstrumentType type, String id) {
        f.typeProperty().set(type);
        f.idProperty().set(id);
        f.check(new IdentityCalls(kit.session), r -> { });
    }

    private int transfersOf(String account) {
        Set<String> ids = new HashSet<>();
        sandbox.server.state().transfers().stream().filter(t -> t.source().id().equals(account))
                .forEach(t -> ids.add(t.id()));
        return ids.size();
    }

    @Test
    void theTransferProfileComesFromTheConnection() {
        assertThat(vm.profileIdProperty().get()).isNotBlank();
    }

    @Test
    void everyRefusalIsExplainedBeforeConfirming() {
        pick(vm.source(), InstrumentType.MANAGED_ACCOUNTS, main);
        pick(vm.destination(), InstrumentType.MANAGED_ACCOUNTS, main);
        assertThat(vm.problemProperty().get()).contains("same instrument");
        pick(vm.destination(), InstrumentType.MANAGED_ACCOUNTS, payables);
        assertThat(vm.problemProperty().get()).contains("a transfer needs one currency");
        String card = sandbox.newCard(owner, ManagedCard.PREPAID, "VIRTUAL", 0);
        pick(vm.destination(), InstrumentType.MANAGED_CARDS, card);
        vm.amountProperty().set("0");
        assertThat(vm.problemProperty().get()).contains("greater than zero");
        vm.amountProperty().set("1.234");
        assertThat(vm.problemProperty().get()).contains("2 decimals");
        vm.amountProperty().set("99999999");
        assertThat(vm.problemProperty().get()).startsWith("Not enough money").contains("amount plus fee");
        vm.amountProperty().set("10");
        vm.tagProperty().set("bad tag!");
        assertThat(vm.problemProperty().get()).contains("tag");
        assertThat(vm.problemProperty().get()).contains("' ' is not allowed in a tag");
        vm.tagProperty().set("t".repeat(51));
        assertThat(vm.problemProperty().get()).contains("51 characters");
        vm.tagProperty().set("ok_tag");
        vm.descriptionProperty().set("Rent – March 5€");
        assertThat(vm.problemProperty().get()).contains("'–' is not allowed in the description");
        vm.descriptionProperty().set("Rent (March) #5: 50% paid, \"ok\" @home");
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(vm.canSubmitProperty().get()).isTrue();
        String debit = sandbox.newCard(owner, ManagedCard.DEBIT, "VIRTUAL", 0);
        pick(vm.destination(), InstrumentType.MANAGED_CARDS, debit);
        assertThat(vm.problemProperty().get()).contains("Debit cards");
    }

    @Test
    void confirmationStatesTheFeeAndTheBalanceAfterThenTheTransferIsJournaled() {
        String card = sandbox.newCard(owner, ManagedCard.PREPAID, "VIRTUAL", 0);
        pick(vm.source(), InstrumentType.MANAGED_ACCOUNTS, main);
        pick(vm.destination(), InstrumentType.MANAGED_CARDS, card);
        vm.amountProperty().set("25.00");
        vm.descriptionProperty().set("Invoice 42");
        vm.tagProperty().set("inv42");
        vm.submit();
        String question = kit.dialogs.questions.get(kit.dialogs.questions.size() - 1);
        assertThat(question).contains("Move 25.00 EUR", "transfer fee of 1.00 EUR", "26.00 EUR leaves it");
        assertThat(question).as("read back to the customer").contains("Description: \"Invoice 42\"", "Tag: inv42");
        assertThat(vm.resultProperty().get()).contains("COMPLETED", "25.00 EUR delivered", "from account ending "
                + main.substring(14) + " to card ending " + card.substring(14), "\"Invoice 42\"");
        assertThat(sandbox.server.state().card(card).orElseThrow().balances().availableBalance()).isEqualTo(2_500);
        assertThat(vm.amountProperty().get()).as("cleared: a second click cannot repeat it").isEmpty();
        vm.submit(); // an Enter more, right after: no complaint over the result
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(vm.resultProperty().get()).contains("COMPLETED");
        assertThat(vm.canSubmitProperty().get()).isFalse();
        assertThat(kit.session.audit().journal().read().entries()).extracting(JournalEntry::operation)
                .containsSubsequence("TRANSFER_ATTEMPT", "TRANSFER");
        assertThat(vm.source().summaryProperty().get().label()).as("balance re-read").doesNotContain("16,337");
    }

    @Test
    void theListLoadsItselfWhenShownForAnIdentityAndAgainAfterASendAndNeverSaysNoTransfersBeforeALoad() {
        TransferListViewModel list = new TransferListViewModel(kit.session);
        assertThat(list.emptyTextProperty().get()).as("before a load: what to do").contains("Search")
                .doesNotContain("No transfers");
        assertThat(list.summaryProperty().get()).isEmpty();
        String card = sandbox.newCard(owner, ManagedCard.PREPAID, "VIRTUAL", 0);
        pick(vm.source(), InstrumentType.MANAGED_ACCOUNTS, main);
        pick(vm.destination(), InstrumentType.MANAGED_CARDS, card);
        vm.amountProperty().set("3.00");
        vm.submit();
        assertThat(list.rows()).as("nothing fetched while the tab is not on screen").isEmpty();

        list.onScreenProperty().set(true);
        assertThat(list.rows()).extracting(t -> t.id()).startsWith(vm.lastSentProperty().get().id());
        assertThat(list.summaryProperty().get()).startsWith("1\u2013");
        list.onScreenProperty().set(false);
        vm.amountProperty().set("4.00");
        vm.submit();
        list.outdated(); // the view calls it on every send
        list.onScreenProperty().set(true);
        assertThat(list.rows()).as("refreshed after the send").extracting(t -> t.id())
                .startsWith(vm.lastSentProperty().get().id());

        kit.session.impersonationProperty().set(null);
        assertThat(list.rows()).isEmpty();
        assertThat(list.emptyTextProperty().get()).contains("Impersonate").doesNotContain("No transfers");
    }

    @Test
    void declinedConfirmationSendsNothing() {
        String card = sandbox.newCard(owner, ManagedCard.PREPAID, "VIRTUAL", 0);
        pick(vm.source(), InstrumentType.MANAGED_ACCOUNTS, main);
        pick(vm.destination(), InstrumentType.MANAGED_CARDS, card);
        vm.amountProperty().set("5");
        kit.dialogs.answer = false;
        int before = transfersOf(main);
        vm.submit();
        assertThat(transfersOf(main)).isEqualTo(before);
    }

    @Test
    void aLostAnswerIsRetriedWithTheSameRefAndTheTransferHappensOnce() {
        String card = sandbox.newCard(owner, ManagedCard.PREPAID, "VIRTUAL", 0);
        pick(vm.source(), InstrumentType.MANAGED_ACCOUNTS, main);
        pick(vm.destination(), InstrumentType.MANAGED_CARDS, card);
        vm.amountProperty().set("7.00");
        int before = transfersOf(main);
        sandbox.server.setFaults(new Faults(0, 0, 0, 1.0));
        vm.submit();
        assertThat(vm.errorProperty().get().kind()).isEqualTo(ErrorReport.Kind.UNKNOWN_OUTCOME);
        assertThat(vm.canRetryProperty().get()).isTrue();
        String ref = vm.pendingRef();
        assertThat(ref).isNotNull();
        assertThat(transfersOf(main)).as("committed despite the lost answer").isEqualTo(before + 1);
        vm.retry();
        assertThat(vm.pendingRef()).as("the retry used the same ref").isEqualTo(ref);
        sandbox.server.setFaults(Faults.NONE);
        vm.submit();
        assertThat(vm.resultProperty().get()).contains("COMPLETED");
        assertThat(vm.pendingRef()).isNull();
        assertThat(transfersOf(main)).as("exactly one transfer").isEqualTo(before + 1);
        assertThat(sandbox.server.state().card(card).orElseThrow().balances().availableBalance()).isEqualTo(700);
        assertThat(kit.session.audit().journal().read().entries()).extracting(JournalEntry::outcome)
                .contains("UNKNOWN", "OK");
    }

    @Test
    void aServerRefusalEndsTheAttemptSoTheNextSubmitIsANewIntent() {
        String card = sandbox.newCard(owner, ManagedCard.PREPAID, "VIRTUAL", 0);
        pick(vm.source(), InstrumentType.MANAGED_ACCOUNTS, main);
        pick(vm.destination(), InstrumentType.MANAGED_CARDS, card);
        vm.amountProperty().set("3");
        sandbox.setCardState(card, "BLOCKED", "USER");
        vm.submit();
        assertThat(vm.errorProperty().get().errorCode()).isEqualTo("DESTINATION_INSTRUMENT_BLOCKED");
        assertThat(vm.canRetryProperty().get()).isFalse();
        assertThat(vm.pendingRef()).isNull();
    }
}
