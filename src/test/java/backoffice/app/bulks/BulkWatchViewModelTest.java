package backoffice.app.bulks;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.RequestOptions;
import backoffice.client.model.BulkItem;
import backoffice.client.model.BulkMode;
import backoffice.client.model.BulkOperationStatus;
import backoffice.client.model.BulkStatus;
import backoffice.client.model.CreateTransfer;
import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentId;
import backoffice.journal.JournalEntry;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.Demo;
import backoffice.testsupport.DemoSandboxExtension;
import backoffice.testsupport.ManualScheduler;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SessionKit;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Watching a bulk on a real sandbox: which buttons each state allows, the actions and their journal lines, polling
 * that backs off while nothing moves, never has two reads waiting, and stops when the bulk is final or closed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoSandboxExtension.class)
class BulkWatchViewModelTest {

    @Demo
    private SandboxFixture sandbox;
    @Demo(type = IdentityType.CORPORATE, index = 1)
    private Identity owner;
    private String from;
    private String to;
    private String currency;
    private SessionKit kit;
    private ManualScheduler scheduler;
    private BulkWatchViewModel vm;

    @TempDir
    Path home;

    @BeforeAll
    void start() {
        var accounts = sandbox.server.state().accountsOf(owner.id());
        from = accounts.get(0).id();
        currency = accounts.get(0).currency();
        to = sandbox.admin("/sandbox/managed_accounts", "{\"identityId\":\"" + owner.id() + "\",\"currency\":\""
                + currency + "\",\"friendlyName\":\"Bulk target\"}", 201).path("id").asText();
    }

    @BeforeEach
    void watcher() {
        sandbox.server.setBulkPace(25);
        kit = new SessionKit(home.resolve(UUID.randomUUID().toString())).impersonating(sandbox, owner);
        scheduler = new ManualScheduler();
        vm = new BulkWatchViewModel(kit.session, scheduler, Clock.systemUTC());
    }

    private String submit(int size) {
        String profile = sandbox.server.state().programmeByKey(sandbox.server.apiKey()).orElseThrow()
                .transferProfileId();
        List<BulkItem> items = IntStream.range(0, size).mapToObj(i -> BulkItem.transfer(new CreateTransfer(profile,
                null, InstrumentId.account(from), InstrumentId.account(to), new CurrencyAmount(currency, 1), null,
                null))).toList();
        return kit.session.impersonation().client().bulks()
                .submitTransfers(items, RequestOptions.idempotent(UUID.randomUUID().toString())).value().bulkId();
    }

    private List<Boolean> buttons() {
        return List.of(vm.canExecuteProperty().get(), vm.canPauseProperty().get(), vm.canResumeProperty().get(),
                vm.canCancelProperty().get());
    }

    private List<String> journal() throws Exception {
        List<String> lines = new ArrayList<>();
        for (JournalEntry e : kit.session.audit().journal().read().entries()) {
            lines.add(e.operation() + " " + e.outcome());
        }
        return lines;
    }

    /** Lets the sandbox run a little, then the next scheduled read. */
    private void tick() throws InterruptedException {
        Thread.sleep(30);
        assertThat(scheduler.runNext()).as("a read is scheduled").isTrue();
    }

    @Test
    void executePauseResumeThenWatchItCompleteAndStop() throws Exception {
        sandbox.server.setBulkPace(40);
        String id = submit(12);
        vm.watch(id);
        assertThat(vm.bulkProperty().get().status()).isEqualTo(BulkStatus.SUBMITTED);
        assertThat(buttons()).as("a SUBMITTED bulk is not cancellable").containsExactly(true, false, false, false);
        assertThat(vm.operations()).hasSize(12);

        vm.modeProperty().set(BulkMode.ON_FAILURE_STOP);
        vm.execute();
        assertThat(kit.dialogs.questions.get(0)).contains(id).contains("12 operations");
        assertThat(vm.bulkProperty().get().status()).isEqualTo(BulkStatus.RUNNING);
        assertThat(vm.bulkProperty().get().mode()).isEqualTo(BulkMode.ON_FAILURE_STOP);
        assertThat(buttons()).containsExactly(false, true, false, true);

        vm.pause();
        assertThat(vm.bulkProperty().get().status()).isEqualTo(BulkStatus.PAUSED);
        assertThat(buttons()).containsExactly(false, false, true, true);
        int finishedWhenPaused = vm.figuresProperty().get().finished();
        assertThat(finishedWhenPaused).isLessThan(12);

        vm.resume();
        assertThat(vm.bulkProperty().get().status()).isIn(BulkStatus.RUNNING, BulkStatus.COMPLETED);
        for (int i = 0; i < 200 && !vm.monitor().isStopped(); i++) {
            tick();
        }
        assertThat(vm.bulkProperty().get().status()).as(() -> vm.operations().get(0).responsePayload())
                .isEqualTo(BulkStatus.COMPLETED);
        assertThat(vm.figuresProperty().get().counts()).containsEntry(BulkOperationStatus.COMPLETED, 12);
        assertThat(vm.figuresProperty().get().fraction()).isEqualTo(1.0);
        assertThat(buttons()).containsExactly(false, false, false, false);
        assertThat(vm.operations()).allMatch(op -> op.status() == BulkOperationStatus.COMPLETED);
        assertThat(vm.history()).isNotEmpty();
        assertThat(vm.history().get(vm.history().size() - 1).finished()).isEqualTo(12);
        assertThat(scheduler.pending()).as("final: no more reads").isZero();
        assertThat(scheduler.mostPending).as("never two reads waiting").isEqualTo(1);
        assertThat(journal()).containsSubsequence("BULK_EXECUTE OK", "BULK_PAUSE OK", "BULK_RESUME OK");
    }

    @Test
    void pollingBacksOffWhileNothingMovesAndStopsWhenClosed() throws Exception {
        String id = submit(3);
        vm.watch(id);
        int before = vm.monitor().requests();
        for (int i = 0; i < 10; i++) {
            tick();
        }
        assertThat(vm.monitor().requests()).isEqualTo(before + 10);
        assertThat(scheduler.delays.get(0)).isEqualTo(BulkMonitor.FASTEST);
        assertThat(scheduler.delays.get(1)).isEqualTo(Duration.ofMillis(1500));
        assertThat(scheduler.delays).isSorted();
        assertThat(scheduler.delays.get(scheduler.delays.size() - 1)).isEqualTo(BulkMonitor.SLOWEST);

        vm.close();
        assertThat(scheduler.pending()).isZero();
        int after = vm.monitor().requests();
        vm.resumeWatching();
        assertThat(vm.monitor().requests()).as("reopening reads at once").isEqualTo(after + 1);
        assertThat(scheduler.delays.get(scheduler.delays.size() - 1)).as("back to fast after reopening")
                .isLessThan(Duration.ofSeconds(2));
        vm.close();
    }

    @Test
    void cancelAsksFirstAndMarksTheRestCancelled() throws Exception {
        sandbox.server.setBulkPace(60_000);
        String id = submit(4);
        vm.watch(id);
        vm.execute();
        assertThat(vm.bulkProperty().get().status()).isEqualTo(BulkStatus.RUNNING);
        kit.dialogs.answer = false;
        vm.cancel();
        assertThat(vm.bulkProperty().get().status()).isEqualTo(BulkStatus.RUNNING);
        kit.dialogs.answer = true;
        vm.cancel();
        assertThat(vm.bulkProperty().get().status()).isEqualTo(BulkStatus.CANCELLED);
        var counts = vm.figuresProperty().get().counts();
        assertThat(counts.getOrDefault(BulkOperationStatus.CANCELLED, 0)).isPositive();
        assertThat(counts.getOrDefault(BulkOperationStatus.CANCELLED, 0)
                + counts.getOrDefault(BulkOperationStatus.COMPLETED, 0)).isEqualTo(4);
        assertThat(vm.monitor().isStopped()).isTrue();
        assertThat(journal()).contains("BULK_CANCEL OK");
    }

    @Test
    void aRefusedTransitionShowsTheServersReasonAndIsJournaled() throws Exception {
        sandbox.server.setBulkPace(60_000);
        String id = submit(2);
        vm.watch(id);
        kit.session.impersonation().client().bulks().execute(id, BulkMode.ON_FAILURE_CONTINUE);
        vm.execute();
        assertThat(vm.errorProperty().get()).isNotNull();
        assertThat(vm.errorProperty().get().errorCode()).isEqualTo("INVALID_STATE");
        assertThat(vm.errorProperty().get().requestRef()).isNotBlank();
        assertThat(vm.bulkProperty().get().status()).as("re-read after the refusal").isEqualTo(BulkStatus.RUNNING);
        assertThat(journal()).contains("BULK_EXECUTE FAILED");
    }

    @Test
    void operationsFilterAndPagesRereadOnlyTheTable() throws Exception {
        sandbox.server.setBulkPace(0);
        String id = submit(150);
        vm.watch(id);
        assertThat(vm.operationCountProperty().get()).isEqualTo(150);
        assertThat(vm.operations()).hasSize(100);
        vm.nextOperations();
        assertThat(vm.operations()).hasSize(50);
        assertThat(vm.operations().get(0).sequence()).isEqualTo(100);
        vm.operationStateProperty().set("COMPLETED");
        assertThat(vm.offsetProperty().get()).isZero();
        assertThat(vm.operations()).isEmpty();
        vm.selectedOperationProperty().set(null);
        vm.operationStateProperty().set(BulkWatchViewModel.ANY);
        vm.selectedOperationProperty().set(vm.operations().get(3));
        assertThat(vm.payloadProperty().get()).contains("#3 POST /transfers").contains("\"profileId\"");
        vm.close();
    }
}
