package backoffice.client.money;

import backoffice.client.RequestOptions;
import backoffice.client.bulks.BulksService;
import backoffice.client.error.ConflictException;
import backoffice.client.error.NotFoundException;
import backoffice.client.error.ValidationException;
import backoffice.client.json.Json;
import backoffice.client.model.BulkItem;
import backoffice.client.model.BulkMode;
import backoffice.client.model.BulkOperation;
import backoffice.client.model.BulkOperationStatus;
import backoffice.client.model.BulkProcess;
import backoffice.client.model.BulkStatus;
import backoffice.client.model.CreateTransfer;
import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.IdentityId;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.SpendRules;
import backoffice.testsupport.Customer;
import backoffice.testsupport.SandboxTestBase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bulk processes (§7) over real HTTP: submit, the state machine (allowed and refused), both modes, steering. */
class BulksSandboxIT extends SandboxTestBase {


    @BeforeEach
    void fast() {
        sandbox.server.setBulkPace(0);
    }

    private static RequestOptions ref() {
        return RequestOptions.idempotent(UUID.randomUUID().toString());
    }

    private static BulkItem transfer(Customer c, InstrumentId from, InstrumentId to, long amount) {
        return BulkItem.transfer(new CreateTransfer(c.profileId, null, from, to, new CurrencyAmount("EUR", amount),
                null, null));
    }

    private String submit(Customer c, List<BulkItem> items) {
        return c.client.bulks().submitTransfers(items, ref()).value().bulkId();
    }

    private static BulkProcess awaitFinal(BulksService bulks, String id) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        BulkProcess p = bulks.get(id);
        while (!p.status().isFinal() && System.nanoTime() < end) {
            Thread.sleep(20);
            p = bulks.get(id);
        }
        return p;
    }

    private static Map<BulkOperationStatus, Integer> counts(BulkProcess p) {
        return p.operationStatusCounts().stream().collect(Collectors.toMap(BulkProcess.StatusCount::status,
                BulkProcess.StatusCount::count));
    }

    private static List<BulkOperation> ops(BulksService bulks, String id) {
        return bulks.operations(id, null, 0, 100).items();
    }

    @Test
    void submittedBulkRunsToCompletionThroughTheSingleTransferCode() throws Exception {
        Customer c = new Customer(sandbox);
        var bulks = c.client.bulks();
        var submitted = bulks.submitTransfers(List.of(transfer(c, c.a, c.b, 100), transfer(c, c.a, c.b, 200),
                transfer(c, c.a, c.b, 300)), ref()).value();
        assertThat(submitted.operationCount()).isEqualTo(3);
        assertThat(submitted.path()).isEqualTo("/transfers");
        BulkProcess before = bulks.get(submitted.bulkId());
        assertThat(before.status()).isEqualTo(BulkStatus.SUBMITTED);
        assertThat(before.mode()).isNull();
        assertThat(counts(before)).containsEntry(BulkOperationStatus.SUBMITTED, 3);
        assertThatThrownBy(() -> bulks.pause(submitted.bulkId())).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.errorCode()).isEqualTo("INVALID_STATE"));
        assertThatThrownBy(() -> bulks.resume(submitted.bulkId())).isInstanceOf(ConflictException.class);
        bulks.execute(submitted.bulkId(), BulkMode.ON_FAILURE_STOP);
        BulkProcess done = awaitFinal(bulks, submitted.bulkId());
        assertThat(done.status()).isEqualTo(BulkStatus.COMPLETED);
        assertThat(done.mode()).isEqualTo(BulkMode.ON_FAILURE_STOP);
        assertThat(done.executionStart()).isNotNull();
        assertThat(done.executionFinish()).isGreaterThanOrEqualTo(done.executionStart());
        assertThat(counts(done)).containsEntry(BulkOperationStatus.COMPLETED, 3);
        assertThat(ops(bulks, submitted.bulkId())).allSatisfy(o -> {
            assertThat(o.method()).isEqualTo("POST");
            assertThat(o.responsePayload()).contains("\"state\":\"COMPLETED\"");
        });
        assertThat(c.available(c.b)).isEqualTo(600);
        assertThatThrownBy(() -> bulks.execute(submitted.bulkId(), BulkMode.ON_FAILURE_STOP))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.errorCode())
                        .isEqualTo("INVALID_STATE"));
        assertThatThrownBy(() -> bulks.cancel(submitted.bulkId())).isInstanceOf(ConflictException.class);
    }

    @Test
    void onFailureStopCancelsTheRestOnFailureContinueCarriesOn() throws Exception {
        Customer c = new Customer(sandbox);
        var bulks = c.client.bulks();
        List<BulkItem> items = List.of(transfer(c, c.a, c.b, 100), transfer(c, c.b, c.a, 999_999),
                transfer(c, c.a, c.b, 100));
        String stop = submit(c, items);
        bulks.execute(stop, BulkMode.ON_FAILURE_STOP);
        BulkProcess stopped = awaitFinal(bulks, stop);
        assertThat(stopped.status()).isEqualTo(BulkStatus.PARTIALLY_COMPLETED);
        List<BulkOperation> stopOps = ops(bulks, stop);
        assertThat(stopOps).extracting(BulkOperation::status).containsExactly(BulkOperationStatus.COMPLETED,
                BulkOperationStatus.FAILED, BulkOperationStatus.CANCELLED);
        assertThat(stopOps.get(1).responsePayload()).contains("FUNDS_INSUFFICIENT");
        String carryOn = submit(c, items);
        bulks.execute(carryOn, BulkMode.ON_FAILURE_CONTINUE);
        assertThat(awaitFinal(bulks, carryOn).status()).isEqualTo(BulkStatus.PARTIALLY_COMPLETED);
        assertThat(ops(bulks, carryOn)).extracting(BulkOperation::status)
                .containsExactly(BulkOperationStatus.COMPLETED, BulkOperationStatus.FAILED,
                        BulkOperationStatus.COMPLETED);
        String allBad = submit(c, List.of(transfer(c, c.b, c.a, 999_999)));
        bulks.execute(allBad, BulkMode.ON_FAILURE_CONTINUE);
        assertThat(awaitFinal(bulks, allBad).status()).isEqualTo(BulkStatus.FAILED);
    }

    @Test
    void pauseResumeAndCancelMidRun() throws Exception {
        Customer c = new Customer(sandbox);
        sandbox.server.setBulkPace(40);
        var bulks = c.client.bulks();
        List<BulkItem> items = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            items.add(transfer(c, c.a, c.b, 10));
        }
        String id = submit(c, items);
        bulks.execute(id, BulkMode.ON_FAILURE_CONTINUE);
        Thread.sleep(200);
        bulks.pause(id);
        BulkProcess paused = bulks.get(id);
        assertThat(paused.status()).isEqualTo(BulkStatus.PAUSED);
        int doneWhilePaused = counts(paused).getOrDefault(BulkOperationStatus.COMPLETED, 0);
        assertThat(doneWhilePaused).isBetween(1, 59);
        Thread.sleep(200);
        assertThat(counts(bulks.get(id)).getOrDefault(BulkOperationStatus.COMPLETED, 0)).as("nothing runs while paused")
                .isEqualTo(doneWhilePaused);
        assertThatThrownBy(() -> bulks.pause(id)).isInstanceOf(ConflictException.class);
        bulks.resume(id);
        Thread.sleep(120);
        bulks.cancel(id);
        BulkProcess cancelled = bulks.get(id);
        assertThat(cancelled.status()).isEqualTo(BulkStatus.CANCELLED);
        Map<BulkOperationStatus, Integer> n = counts(cancelled);
        assertThat(n.getOrDefault(BulkOperationStatus.COMPLETED, 0) + n.getOrDefault(BulkOperationStatus.CANCELLED, 0))
                .isEqualTo(60);
        assertThat(n.getOrDefault(BulkOperationStatus.CANCELLED, 0)).isPositive();
        assertThat(c.available(c.b)).isEqualTo(10L * n.get(BulkOperationStatus.COMPLETED));
        assertThatThrownBy(() -> bulks.resume(id)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aSubmittedBulkIsNotCancellableOnlyARunningOrPausedOne() {
        Customer c = new Customer(sandbox);
        String id = submit(c, List.of(transfer(c, c.a, c.b, 1)));
        assertThatThrownBy(() -> c.client.bulks().cancel(id)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.errorCode()).isEqualTo("INVALID_STATE"));
        assertThat(c.client.bulks().get(id).status()).isEqualTo(BulkStatus.SUBMITTED);
        assertThat(ops(c.client.bulks(), id)).extracting(BulkOperation::status)
                .containsExactly(BulkOperationStatus.SUBMITTED);
    }

    @Test
    void executeWithoutABodyIsRefusedInTheSyntaxErrorsShape() throws Exception {
        Customer c = new Customer(sandbox);
        String id = submit(c, List.of(transfer(c, c.a, c.b, 1)));
        String token = sandbox.client().impersonation().accessToken(new IdentityId(
                IdentityType.CORPORATE, c.id)).bearer();
        try (var r = sandbox.rawCall("POST", "/multi/backoffice/bulks/" + id + "/execute", sandbox.server.apiKey(),
                token, null)) {
            assertThat(r.code()).isEqualTo(400);
            var body = Json.mapper().readTree(r.body().string());
            assertThat(body.has("validationErrors")).isFalse();
            assertThat(body.path("syntaxErrors").path("invalidFields").get(0).path("fieldName").asText())
                    .isEqualTo("body");
        }
        assertThat(c.client.bulks().get(id).status()).isEqualTo(BulkStatus.SUBMITTED);
        assertThatThrownBy(() -> c.client.bulks().submitTransfers(List.of(), ref()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.validationErrors().get(0)
                        .error()).isEqualTo("AT_LEAST"));
    }

    @Test
    void spendRuleBulkPatchesEachCardLikeTheSingleCall() throws Exception {
        Customer c = new Customer(sandbox);
        var cards = c.client.managedCards();
        cards.createSpendRules(c.debit.id(), SpendRules.builder().allowAtm(true).build());
        var submitted = c.client.bulks().submitSpendRules(List.of(
                BulkItem.spendRules(c.debit.id(), SpendRules.builder().allowAtm(false).build()),
                BulkItem.spendRules(c.prepaid.id(), SpendRules.builder().allowAtm(false).build())), ref()).value();
        assertThat(submitted.path()).isEqualTo("/managed_cards/{id}/spend_rules");
        c.client.bulks().execute(submitted.bulkId(), BulkMode.ON_FAILURE_CONTINUE);
        assertThat(awaitFinal(c.client.bulks(), submitted.bulkId()).status()).isEqualTo(BulkStatus.PARTIALLY_COMPLETED);
        List<BulkOperation> ops = ops(c.client.bulks(), submitted.bulkId());
        assertThat(ops.get(0).path()).isEqualTo("/managed_cards/" + c.debit.id() + "/spend_rules");
        assertThat(ops.get(0).method()).isEqualTo("PATCH");
        assertThat(ops).extracting(BulkOperation::status).containsExactly(BulkOperationStatus.COMPLETED,
                BulkOperationStatus.FAILED);
        assertThat(cards.spendRules(c.debit.id()).cardLevelSpendRules().allowAtm()).isFalse();
    }

    @Test
    void badSubmissionsAndOthersBulksAreRefused() throws Exception {
        Customer c = new Customer(sandbox);
        assertThatThrownBy(() -> c.client.bulks().submitTransfers(List.of(), ref()))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> c.client.bulks().submitSpendRules(List.of(new BulkItem(Map.of(),
                SpendRules.builder().allowAtm(true).build())), ref()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.validationErrors().get(0)
                        .fieldName()).isEqualTo("[0].pathParams._id_"));
        Customer other = new Customer(sandbox);
        String theirs = submit(other, List.of(transfer(other, other.a, other.b, 1)));
        assertThatThrownBy(() -> c.client.bulks().get(theirs)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> c.client.bulks().execute(theirs, BulkMode.ON_FAILURE_STOP))
                .isInstanceOf(NotFoundException.class);
        assertThat(c.client.bulks().list(null, 0, 100).items()).noneMatch(b -> b.bulkId().equals(theirs));
    }

    @Test
    void listFiltersByStatusNewestFirst() {
        Customer c = new Customer(sandbox);
        sandbox.server.setBulkPace(60_000);
        String first = submit(c, List.of(transfer(c, c.a, c.b, 1), transfer(c, c.a, c.b, 1)));
        sandbox.server.setBulkPace(25);
        String second = submit(c, List.of(transfer(c, c.a, c.b, 1)));
        c.client.bulks().execute(first, BulkMode.ON_FAILURE_CONTINUE);
        c.client.bulks().cancel(first);
        var page = c.client.bulks().list(null, 0, 10);
        assertThat(page.count()).isEqualTo(2);
        assertThat(page.items()).extracting(BulkProcess::bulkId).containsExactly(second, first);
        assertThat(c.client.bulks().list(BulkStatus.CANCELLED, 0, 10).items()).extracting(BulkProcess::bulkId)
                .containsExactly(first);
    }

    @Test
    void aTenThousandOperationBulkCompletesWithCorrectCounts() throws Exception {
        Customer c = new Customer(sandbox);
        sandbox.admin("/sandbox/deposits", "{\"managedAccountId\":\"" + c.a.id() + "\",\"amount\":10000000}", 201);
        List<BulkItem> items = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            items.add(transfer(c, c.a, c.b, 1));
        }
        String id = submit(c, items);
        c.client.bulks().execute(id, BulkMode.ON_FAILURE_CONTINUE);
        BulkProcess done = awaitFinal(c.client.bulks(), id);
        assertThat(done.status()).isEqualTo(BulkStatus.COMPLETED);
        assertThat(done.submittedItemsCount()).isEqualTo(10_000);
        assertThat(counts(done)).containsEntry(BulkOperationStatus.COMPLETED, 10_000).hasSize(1);
        assertThat(c.client.bulks().operations(id, BulkOperationStatus.COMPLETED, 9_990, 100).items()).hasSize(10);
        assertThat(c.available(c.b)).isEqualTo(10_000);
    }
}
