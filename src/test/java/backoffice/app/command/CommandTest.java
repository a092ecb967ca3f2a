package backoffice.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.app.ui.ErrorReport;
import backoffice.client.ApiResult;
import backoffice.client.BackOfficeClient;
import backoffice.client.http.RetryPolicy;
import backoffice.client.model.ChargeFee;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.ManagedCard;
import backoffice.journal.JournalEntry;
import backoffice.sandbox.http.Faults;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SessionKit;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one command type, against the sandbox over loopback and real files: not executable while it runs (a second
 * execute is ignored), a journal line with the request-ref, the error shown and cleared by the next run, and an
 * idempotency-ref kept across a retry after a lost answer and new after success.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandTest {

    private static final String FEE = "PRINTED_CARD_ACCOUNT_STATEMENT";

    private SandboxFixture sandbox;
    private Identity owner;
    private String main;
    private SessionKit kit;

    @TempDir
    Path home;

    @BeforeAll
    void start() {
        sandbox = SandboxFixture.demo();
        owner = sandbox.identity(IdentityType.CORPORATE, 1);
        main = sandbox.server.state().accountsOf(owner.id()).get(0).id();
    }

    @AfterAll
    void stop() {
        sandbox.close();
    }

    /** A session whose client retries once without sleeping, so a lost answer ends the run quickly. */
    @BeforeEach
    void session() {
        BackOfficeClient noSleep = sandbox.clientBuilder(sandbox.server.apiKey())
                .retryPolicy(RetryPolicy.defaults().withMaxRetries(1).withSleeper(d -> { })).build();
        kit = new SessionKit(home.resolve(UUID.randomUUID().toString())).impersonating(sandbox, owner, noSleep);
    }

    @AfterEach
    void noFaults() {
        sandbox.server.setFaults(Faults.NONE);
    }

    private List<JournalEntry> journal() {
        return kit.session.audit().journal().read().entries();
    }

    private long balance() {
        return sandbox.server.state().account(main).orElseThrow().balances().availableBalance();
    }

    @Test
    void isNotExecutableWhileRunningAndIgnoresASecondExecute(@TempDir Path files) {
        Command command = new Command(kit.session);
        List<Boolean> seenInside = new ArrayList<>();
        Path file = files.resolve("note.txt");
        assertThat(command.executableProperty().get()).isTrue();
        boolean started = command.inBackground("write", p -> {
            seenInside.add(command.executableProperty().get());
            seenInside.add(command.runningProperty().get());
            seenInside.add(command.inBackground("write again", q -> Files.writeString(file, "second")).execute());
            return Files.writeString(file, "first");
        }).execute();
        assertThat(started).isTrue();
        assertThat(seenInside).containsExactly(false, true, false);
        assertThat(Files.exists(file)).isTrue();
        assertThat(file).hasContent("first");
        assertThat(command.executableProperty().get()).isTrue();
        assertThat(command.lastOutcomeProperty().get()).isEqualTo(Outcome.OK);
    }

    @Test
    void aFinishedRunKeepsNoHandleNorAnythingItsWorkCaptured() throws InterruptedException {
        Command command = new Command(kit.session);
        WeakReference<byte[]> held = runCapturing(command);
        assertThat(command.lastOutcomeProperty().get()).isEqualTo(Outcome.OK);
        assertThat(command.task()).isNull();
        for (int i = 0; i < 20 && held.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertThat(held.get()).as("what the finished run's work captured").isNull();
    }

    /** Runs work that captures 8 MB, held by nothing else once this returns. */
    private static WeakReference<byte[]> runCapturing(Command command) {
        byte[] captured = new byte[8 << 20];
        command.inBackground("sum", p -> captured.length).execute();
        return new WeakReference<>(captured);
    }

    @Test
    void anIdentityCallIsNotExecutableWhileOnTheWireAndJournalsItsRequestRef() {
        String card = sandbox.newCard(owner, ManagedCard.PREPAID, "VIRTUAL", 0);
        Command command = new Command(kit.session);
        List<Boolean> executableInside = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        command.<ApiResult<Void>>asIdentity("Block card", c -> {
            executableInside.add(command.executableProperty().get());
            return c.managedCards().block(card);
        }).journal(Operation.BLOCK_CARD, card, "…" + card.substring(card.length() - 4))
                .onSuccess(done -> refs.add(done.requestRef())).execute();
        assertThat(executableInside).containsExactly(false);
        assertThat(refs).singleElement().isNotNull();
        JournalEntry line = journal().get(journal().size() - 1);
        assertThat(line.operation()).isEqualTo("BLOCK_CARD");
        assertThat(line.outcome()).isEqualTo("OK");
        assertThat(line.targetId()).isEqualTo(card);
        assertThat(line.requestRef()).isEqualTo(refs.get(0));
        assertThat(sandbox.server.state().card(card).orElseThrow().state().state().name()).isEqualTo("BLOCKED");
    }

    @Test
    void aRefusalIsShownWithItsCodeAndRefJournaledAndClearedByTheNextRun() {
        String card = sandbox.newCard(owner, ManagedCard.PREPAID, "VIRTUAL", 0);
        sandbox.setCardState(card, "DESTROYED", "LOST");
        Command command = new Command(kit.session);
        command.asIdentity("Block card", c -> c.managedCards().block(card))
                .journal(Operation.BLOCK_CARD, card, "destroyed card").execute();
        ErrorReport shown = command.errorProperty().get();
        assertThat(shown).isNotNull();
        assertThat(shown.errorCode()).isNotNull();
        assertThat(shown.requestRef()).isNotNull();
        assertThat(shown.clipboardText()).contains(shown.errorCode(), shown.requestRef());
        assertThat(command.lastOutcomeProperty().get()).isEqualTo(Outcome.FAILED);
        JournalEntry line = journal().get(journal().size() - 1);
        assertThat(line.outcome()).isEqualTo("FAILED");
        assertThat(line.requestRef()).isEqualTo(shown.requestRef());
        assertThat(line.detail()).isEqualTo("destroyed card: " + shown.errorCode());

        List<ErrorReport> atStart = new ArrayList<>();
        command.asIdentity("Read card", c -> {
            atStart.add(command.errorProperty().get());
            return c.managedCards().get(card);
        }).execute();
        assertThat(atStart).containsExactly((ErrorReport) null);
        assertThat(command.errorProperty().get()).isNull();
        assertThat(command.lastOutcomeProperty().get()).isEqualTo(Outcome.OK);
    }

    @Test
    void aLostAnswerKeepsTheRefForTheRetryAndASuccessEndsIt() {
        Command command = new Command(kit.session);
        IdempotencyHold<ChargeFee.Request> hold = new IdempotencyHold<>();
        ChargeFee.Request fee = new ChargeFee.Request(FEE, InstrumentId.account(main));
        long before = balance();

        sandbox.server.setFaults(new Faults(0, 0, 0, 1.0));
        PendingAttempt<ChargeFee.Request> first = hold.attemptFor(fee);
        charge(command, hold, first);
        assertThat(command.lastOutcomeProperty().get()).isEqualTo(Outcome.UNKNOWN);
        assertThat(command.errorProperty().get().kind()).isEqualTo(ErrorReport.Kind.UNKNOWN_OUTCOME);
        assertThat(hold.canRetryProperty().get()).isTrue();
        assertThat(hold.pending()).isSameAs(first);
        assertThat(balance()).as("committed despite the lost answer").isEqualTo(before - 103);

        sandbox.server.setFaults(Faults.NONE);
        PendingAttempt<ChargeFee.Request> retry = hold.attemptFor(fee);
        assertThat(retry.ref()).as("the retry reuses the ref").isEqualTo(first.ref());
        charge(command, hold, retry);
        assertThat(command.lastOutcomeProperty().get()).isEqualTo(Outcome.OK);
        assertThat(balance()).as("charged once").isEqualTo(before - 103);
        assertThat(hold.pending()).isNull();
        assertThat(hold.canRetryProperty().get()).isFalse();
        assertThat(hold.attemptFor(fee).ref()).as("a new order after success gets a new ref").isNotEqualTo(first.ref());
        assertThat(journal()).extracting(JournalEntry::operation, JournalEntry::outcome).containsSubsequence(
                Tuple.tuple("FEE_CHARGE_ATTEMPT", "SENT"),
                Tuple.tuple("FEE_CHARGE", "UNKNOWN"),
                Tuple.tuple("FEE_CHARGE_ATTEMPT", "SENT"),
                Tuple.tuple("FEE_CHARGE", "OK"));
    }

    @Test
    void aDefiniteRefusalEndsTheAttemptSoTheNextOrderGetsANewRef() {
        Command command = new Command(kit.session);
        IdempotencyHold<ChargeFee.Request> hold = new IdempotencyHold<>();
        ChargeFee.Request unknownType = new ChargeFee.Request("NO_SUCH_FEE", InstrumentId.account(main));
        PendingAttempt<ChargeFee.Request> first = hold.attemptFor(unknownType);
        charge(command, hold, first);
        assertThat(command.lastOutcomeProperty().get()).isEqualTo(Outcome.FAILED);
        assertThat(hold.pending()).isNull();
        assertThat(hold.canRetryProperty().get()).isFalse();
        assertThat(hold.attemptFor(unknownType).ref()).isNotEqualTo(first.ref());
    }

    @Test
    void aMoneyActionIgnoresTryAgainWhileSendingKeepsItsRefAndDisarmsAfterSuccess() {
        ChargeFee.Request fee = new ChargeFee.Request(FEE, InstrumentId.account(main));
        List<String> refsSent = new ArrayList<>();
        List<ChargeFee> disarmed = new ArrayList<>();
        List<MoneyAction<ChargeFee.Request, ChargeFee>> self = new ArrayList<>();
        MoneyAction<ChargeFee.Request, ChargeFee> action = new MoneyAction<>(kit.session, (client, r, options) -> {
            refsSent.add(options.idempotencyRef());
            self.get(0).retry(); // "Try again" clicked while this send is on its way
            return client.fees().charge(r.feeType(), r.source(), options);
        }, new MoneyAction.Wording<>(Operation.FEE_CHARGE, "Charge fee", PendingAttempt::ref, a -> main,
                done -> done.transactionId().id(), done -> "charged " + done.transactionId().id()), disarmed::add);
        self.add(action);
        long before = balance();

        sandbox.server.setFaults(new Faults(0, 0, 0, 1.0));
        action.sendConfirmed(fee);
        assertThat(refsSent).as("the click while sending sent nothing").hasSize(1);
        assertThat(action.canRetryProperty().get()).isTrue();
        assertThat(action.pendingRef()).isEqualTo(refsSent.get(0));

        sandbox.server.setFaults(Faults.NONE);
        action.retry();
        assertThat(refsSent).hasSize(2).containsOnly(refsSent.get(0));
        assertThat(balance()).as("charged once").isEqualTo(before - 103);
        assertThat(disarmed).hasSize(1);
        assertThat(action.resultProperty().get()).startsWith("charged ");
        assertThat(action.pendingRef()).isNull();
        action.retry();
        assertThat(refsSent).as("nothing pending after success: Try again sends nothing").hasSize(2);
    }

    private void charge(Command command, IdempotencyHold<ChargeFee.Request> hold,
                        PendingAttempt<ChargeFee.Request> attempt) {
        command.asIdentity("Charge fee", c -> c.fees().charge(attempt.request().feeType(),
                attempt.request().source(), attempt.options()))
                .holding(hold, attempt)
                .journal(Operation.FEE_CHARGE, main, attempt.request().feeType() + " ref " + attempt.ref())
                .execute();
    }
}
