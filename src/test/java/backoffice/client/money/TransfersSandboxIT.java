package backoffice.client.money;

import backoffice.client.RequestOptions;
import backoffice.client.error.ConflictException;
import backoffice.client.error.NotFoundException;
import backoffice.client.error.ValidationException;
import backoffice.client.json.Json;
import backoffice.client.model.CreateTransfer;
import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.IdentityId;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.StatementEntry;
import backoffice.client.model.Transfer;
import backoffice.client.model.TransferState;
import backoffice.client.transfers.TransferFilter;
import backoffice.testsupport.Customer;
import backoffice.testsupport.SandboxTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** §6.1–§6.3 and §1.4 over real HTTP: every validation and 409 row, idempotency, filters, statement entries. */
class TransfersSandboxIT extends SandboxTestBase {

    private static final long FEE = 100;

    private static RequestOptions ref() {
        return RequestOptions.idempotent(UUID.randomUUID().toString());
    }

    private CreateTransfer order(Customer c, InstrumentId from, InstrumentId to, String ccy, long amount) {
        return new CreateTransfer(c.profileId, null, from, to, new CurrencyAmount(ccy, amount), null, null);
    }

    private void refused(Customer c, CreateTransfer order, String code) {
        assertThatThrownBy(() -> c.client.transfers().create(order, ref()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.errorCode()).isEqualTo(code));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "ok_tag|Rent €5|description|REGEX", "ok_tag|Café|description|REGEX", "bad tag|ok|tag|REGEX",
        "tttttttttttttttttttttttttttttttttttttttttttttttttttt|ok|tag|AT_MOST"})
    void textTheLiveApiRefusesIsRefusedWith400NamingTheField(String tag, String description, String field,
                                                            String error) {
        Customer c = new Customer(sandbox);
        assertThatThrownBy(() -> c.client.transfers().create(new CreateTransfer(c.profileId, tag, c.a, c.b,
                new CurrencyAmount("EUR", 100), description, null), ref()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                        e.validationErrors()).anyMatch(v -> v.fieldName().equals(field) && v.error().equals(error)));
    }

    @Test
    void accountToAccountChargesTheFeeToTheSourceAndWritesBothStatementSides() {
        Customer c = new Customer(sandbox);
        long before = c.available(c.a);
        Transfer t = c.client.transfers().create(new CreateTransfer(c.profileId, "rent_2026", c.a, c.b,
                new CurrencyAmount("EUR", 25_000), "November rent", null), ref()).value();
        assertThat(t.state()).isEqualTo("COMPLETED");
        assertThat(t.tag()).isEqualTo("rent_2026");
        assertThat(t.description()).isEqualTo("November rent");
        assertThat(t.destinationAmount()).isEqualTo(new CurrencyAmount("EUR", 25_000));
        assertThat(c.available(c.a)).isEqualTo(before - 25_000 - FEE);
        assertThat(c.available(c.b)).isEqualTo(25_000);
        var state = sandbox.server.state();
        StatementEntry paid = last(state.entries(state.account(c.a.id()).orElseThrow()));
        assertThat(paid.transactionId().type()).isEqualTo("TRANSFER");
        assertThat(paid.transactionId().id()).isEqualTo(t.id());
        assertThat(paid.transactionAmount().amount()).isEqualTo(-(25_000 + FEE));
        assertThat(paid.cardholderFee().amount()).isEqualTo(FEE);
        assertThat(paid.additionalFields()).containsEntry("destinationInstrumentId", c.b.id());
        StatementEntry got = last(state.entries(state.account(c.b.id()).orElseThrow()));
        assertThat(got.transactionAmount().amount()).isEqualTo(25_000);
        assertThat(got.cardholderFee().amount()).isZero();
        assertThat(got.additionalFields()).containsEntry("sourceInstrumentId", c.a.id());
        assertThat(c.client.transfers().get(t.id())).isEqualTo(t);
    }

    @Test
    void everyAllowedPairMovesMoney() {
        Customer c = new Customer(sandbox);
        c.client.transfers().create(order(c, c.a, c.prepaid, "EUR", 10_000), ref());
        c.client.transfers().create(order(c, c.prepaid, c.b, "EUR", 2_000), ref());
        c.client.transfers().create(order(c, c.b, c.prepaid, "EUR", 1_000), ref());
        assertThat(c.available(c.prepaid)).isEqualTo(10_000 - 2_000 - FEE + 1_000);
        assertThat(c.available(c.b)).isEqualTo(2_000 - 1_000 - FEE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "profileId missing | {\"source\":{\"type\":\"managed_accounts\",\"id\":\"1\"},\"destination\":{\"type\":\"managed_accounts\",\"id\":\"2\"},\"destinationAmount\":{\"currency\":\"EUR\",\"amount\":1}} | profileId | HAS_TEXT",
            "profileId blank | {\"profileId\":\"\",\"source\":{\"type\":\"managed_accounts\",\"id\":\"1\"},\"destination\":{\"type\":\"managed_accounts\",\"id\":\"2\"},\"destinationAmount\":{\"currency\":\"EUR\",\"amount\":1}} | profileId | HAS_TEXT",
            "source id blank | {\"profileId\":\"1\",\"source\":{\"type\":\"managed_accounts\",\"id\":\"\"},\"destination\":{\"type\":\"managed_accounts\",\"id\":\"2\"},\"destinationAmount\":{\"currency\":\"EUR\",\"amount\":1}} | source.id | HAS_TEXT",
            "destination id not decimal | {\"profileId\":\"1\",\"source\":{\"type\":\"managed_accounts\",\"id\":\"1\"},\"destination\":{\"type\":\"managed_accounts\",\"id\":\"abc\"},\"destinationAmount\":{\"currency\":\"EUR\",\"amount\":1}} | destination.id | REGEX",
            "source type unknown | {\"profileId\":\"1\",\"source\":{\"type\":\"wallets\",\"id\":\"1\"},\"destination\":{\"type\":\"managed_accounts\",\"id\":\"2\"},\"destinationAmount\":{\"currency\":\"EUR\",\"amount\":1}} | source | INVALID_TYPE_OR_VALUE",
            "currency of four letters | {\"profileId\":\"1\",\"source\":{\"type\":\"managed_accounts\",\"id\":\"1\"},\"destination\":{\"type\":\"managed_accounts\",\"id\":\"2\"},\"destinationAmount\":{\"currency\":\"ABCD\",\"amount\":1}} | destinationAmount.currency | RANGE"})
    void badBodiesAreRefusedBeforeAnyLookup(String name, String body, String field, String error) throws Exception {
        Customer c = new Customer(sandbox);
        String token = sandbox.client().impersonation().accessToken(new IdentityId(
                IdentityType.CORPORATE, c.id)).bearer();
        try (var r = sandbox.raw().newCall(new Request.Builder()
                .url(sandbox.server.rootUrl() + "/multi/backoffice/transfers")
                .header("api-key", sandbox.server.apiKey()).header("Authorization", "Bearer " + token)
                .post(RequestBody.create(body, MediaType.get("application/json"))).build())
                .execute()) {
            assertThat(r.code()).isEqualTo(400);
            var json = Json.mapper().readTree(r.body().string());
            assertThat(json.path("validationErrors").get(0).path("fieldName").asText()).isEqualTo(field);
            assertThat(json.path("validationErrors").get(0).path("error").asText()).isEqualTo(error);
            if (field.equals("source")) {
                assertThat(json.path("validationErrors").get(1).path("fieldName").asText()).isEqualTo("type");
            }
            if (field.equals("destinationAmount.currency")) {
                assertThat(json.path("validationErrors").get(0).path("message").asText())
                        .isEqualTo("destinationAmount.currency size must be between 3 and 3");
            }
        }
    }

    @Test
    void unknownProfileIsNotFound() {
        Customer c = new Customer(sandbox);
        assertThatThrownBy(() -> c.client.transfers().create(new CreateTransfer("999", null, c.a, c.b,
                new CurrencyAmount("EUR", 1), null, null), ref())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void sourceIsCheckedBeforeDestination() {
        Customer c = new Customer(sandbox);
        Customer other = new Customer(sandbox);
        InstrumentId unknown = InstrumentId.account("123456789012345678");
        refused(c, order(c, unknown, unknown, "EUR", 1), "SOURCE_NOT_FOUND");
        refused(c, order(c, other.a, c.b, "EUR", 1), "SOURCE_NOT_FOUND");
        refused(c, order(c, c.a, unknown, "EUR", 1), "DESTINATION_NOT_FOUND");
        refused(c, order(c, c.a, other.b, "EUR", 1), "DESTINATION_NOT_FOUND");
    }

    @Test
    void conflictsMoveNothing() {
        Customer c = new Customer(sandbox);
        long a = c.available(c.a);
        refused(c, order(c, c.a, c.b, "EUR", 0), "AMOUNT_INVALID");
        refused(c, order(c, c.a, c.b, "EUR", -5), "AMOUNT_INVALID");
        refused(c, order(c, c.a, c.a, "EUR", 5), "SOURCE_AND_DESTINATION_MUST_BE_DIFFERENT");
        refused(c, order(c, c.a, c.b, "GBP", 5), "CURRENCY_MISMATCH");
        refused(c, order(c, c.a, c.gbp, "EUR", 5), "CURRENCY_MISMATCH");
        refused(c, order(c, c.a, c.b, "EUR", a - FEE + 1), "FUNDS_INSUFFICIENT");
        refused(c, order(c, c.b, c.a, "EUR", 1), "FUNDS_INSUFFICIENT");
        refused(c, order(c, c.debit, c.b, "EUR", 1), "SOURCE_CANNOT_BE_DEBIT_MODE_CARD");
        refused(c, order(c, c.a, c.debit, "EUR", 1), "DESTINATION_CANNOT_BE_DEBIT_MODE_CARD");
        assertThat(c.available(c.a)).isEqualTo(a);
        assertThat(c.available(c.b)).isZero();
        c.client.transfers().create(order(c, c.a, c.b, "EUR", a - FEE), ref());
        assertThat(c.available(c.a)).isZero();
    }

    @Test
    void blockedAndDestroyedInstrumentsAreRefusedOnTheirSide() {
        Customer c = new Customer(sandbox);
        c.client.transfers().create(order(c, c.a, c.prepaid, "EUR", 5_000), ref());
        sandbox.setCardState(c.prepaid.id(), "BLOCKED", "USER");
        refused(c, order(c, c.prepaid, c.b, "EUR", 1), "SOURCE_INSTRUMENT_BLOCKED");
        refused(c, order(c, c.a, c.prepaid, "EUR", 1), "DESTINATION_INSTRUMENT_BLOCKED");
        sandbox.setCardState(c.prepaid.id(), "DESTROYED", "USER");
        refused(c, order(c, c.prepaid, c.b, "EUR", 1), "SOURCE_INSTRUMENT_DESTROYED");
        refused(c, order(c, c.a, c.prepaid, "EUR", 1), "DESTINATION_INSTRUMENT_DESTROYED");
    }

    // ---- idempotency (§1.4)

    @Test
    void sameRefAndPayloadAnswersTheSameTransferOnce() {
        Customer c = new Customer(sandbox);
        RequestOptions once = ref();
        Transfer first = c.client.transfers().create(order(c, c.a, c.b, "EUR", 700), once).value();
        Transfer again = c.client.transfers().create(order(c, c.a, c.b, "EUR", 700), once).value();
        assertThat(again).isEqualTo(first);
        assertThat(c.available(c.b)).isEqualTo(700);
        assertThat(c.client.transfers().list(TransferFilter.NONE, 0, 100).count()).isEqualTo(1);
    }

    @Test
    void sameRefWithAnotherPayloadIsAnInvalidRequest() {
        Customer c = new Customer(sandbox);
        RequestOptions once = ref();
        c.client.transfers().create(order(c, c.a, c.b, "EUR", 700), once);
        CreateTransfer tagged = new CreateTransfer(c.profileId, "other", c.a, c.b, new CurrencyAmount("EUR", 700),
                null, null);
        assertThatThrownBy(() -> c.client.transfers().create(tagged, once))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.validationErrors().get(0).error()).isEqualTo("INVALID_REQUEST"));
        assertThat(c.available(c.b)).isEqualTo(700);
    }

    @Test
    void differentRefsOrAnEmptyRefAreIndependentOperations() throws Exception {
        Customer c = new Customer(sandbox);
        Transfer one = c.client.transfers().create(order(c, c.a, c.b, "EUR", 100), ref()).value();
        Transfer two = c.client.transfers().create(order(c, c.a, c.b, "EUR", 100), ref()).value();
        assertThat(one.id()).isNotEqualTo(two.id());
        String token = sandbox.client().impersonation().accessToken(new IdentityId(
                IdentityType.CORPORATE, c.id)).bearer();
        String body = Json.mapper().writeValueAsString(order(c, c.a, c.b, "EUR", 100));
        for (int i = 0; i < 2; i++) {
            try (var r = sandbox.raw().newCall(new Request.Builder()
                    .url(sandbox.server.rootUrl() + "/multi/backoffice/transfers").header("idempotency-ref", "")
                    .header("api-key", sandbox.server.apiKey()).header("Authorization", "Bearer " + token)
                    .post(RequestBody.create(body, MediaType.get("application/json"))).build())
                    .execute()) {
                assertThat(r.code()).isEqualTo(200);
            }
        }
        assertThat(c.available(c.b)).isEqualTo(400);
    }

    @Test
    void concurrentRequestsWithOneRefCreateOneTransfer() throws Exception {
        Customer c = new Customer(sandbox);
        RequestOptions once = ref();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Transfer>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Callable<Transfer> call = () -> c.client.transfers().create(order(c, c.a, c.b, "EUR", 333), once)
                    .value();
            answers.add(pool.submit(call));
        }
        List<String> ids = new ArrayList<>();
        for (Future<Transfer> f : answers) {
            ids.add(f.get().id());
        }
        pool.shutdown();
        assertThat(ids).containsOnly(ids.get(0));
        assertThat(c.available(c.b)).isEqualTo(333);
    }

    @Test
    void aMoneyMovingCallWithoutARefNeverLeavesTheClient() {
        Customer c = new Customer(sandbox);
        assertThatThrownBy(() -> c.client.transfers().create(order(c, c.a, c.b, "EUR", 1), RequestOptions.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- reading transfers (§6.2, §6.3)

    @Test
    void listFiltersPagesAndOrdersNewestFirst() {
        Customer c = new Customer(sandbox);
        Transfer t1 = c.client.transfers().create(new CreateTransfer(c.profileId, "first", c.a, c.b,
                new CurrencyAmount("EUR", 1_000), null, null), ref()).value();
        Transfer t2 = c.client.transfers().create(new CreateTransfer(c.profileId, "second", c.b, c.a,
                new CurrencyAmount("EUR", 1), null, null), ref()).value();
        var transfers = c.client.transfers();
        var page = transfers.list(TransferFilter.NONE, 0, 1);
        assertThat(page.count()).isEqualTo(2);
        assertThat(page.items()).extracting(Transfer::id).containsExactly(t2.id());
        assertThat(transfers.list(TransferFilter.NONE, 1, 1).items()).extracting(Transfer::id).containsExactly(t1.id());
        assertThat(transfers.list(filter(null, null, List.of("REJECTED"), null, null, null), 0, 10).count()).isZero();
        assertThat(transfers.list(filter(null, null, List.of("NOT_A_STATE"), null, null, null), 0, 10).count())
                .isEqualTo(2);
        assertThat(transfers.list(filter(null, null, List.of("REJECTED", "COMPLETED"), null, null, null), 0, 10)
                .count()).isEqualTo(2);
        assertThat(transfers.list(filter(null, InstrumentId.card(c.b.id()), List.of(), null, null, null), 0, 10)
                .count()).as("the type is part of the filter").isZero();
        assertThat(transfers.list(filter(null, c.b, List.of(), null, null, null), 0, 10).items())
                .extracting(Transfer::id).containsExactly(t2.id());
        assertThat(transfers.list(filter(null, null, List.of(), null, null, "first"), 0, 10).items())
                .extracting(Transfer::id).containsExactly(t1.id());
        assertThat(transfers.list(filter(null, null, List.of(), null, null, "firs"), 0, 10).count()).isZero();
        assertThat(transfers.list(filter(c.profileId, null, List.of(), t2.creationTimestamp(),
                t2.creationTimestamp(), null), 0, 10).items()).extracting(Transfer::id).contains(t2.id());
        assertThat(transfers.list(filter("42", null, List.of(), null, null, null), 0, 10).count()).isZero();
    }

    private static TransferFilter filter(String profile, InstrumentId instrument, List<String> states, Long from, Long to,
                                         String tag) {
        return new TransferFilter(profile, instrument, states.stream().map(TransferState::of).toList(), from, to, tag);
    }

    @Test
    void instrumentIdIsAcceptedInBothSpellings() throws Exception {
        Customer c = new Customer(sandbox);
        c.client.transfers().create(order(c, c.a, c.b, "EUR", 100), ref());
        String token = sandbox.client().impersonation().accessToken(new IdentityId(
                IdentityType.CORPORATE, c.id)).bearer();
        try (var r = sandbox.raw().newCall(new Request.Builder().url(sandbox.server.rootUrl()
                + "/multi/backoffice/transfers?id=" + c.a.id() + "&type=managed_accounts")
                .header("api-key", sandbox.server.apiKey()).header("Authorization", "Bearer " + token).build())
                .execute()) {
            assertThat(Json.mapper().readTree(r.body().string()).path("count").asInt())
                    .isEqualTo(1);
        }
    }

    @Test
    void transfersOfOthersAreNotFoundAndBadIdsAreRegexErrors() {
        Customer c = new Customer(sandbox);
        Customer other = new Customer(sandbox);
        Transfer theirs = other.client.transfers().create(order(other, other.a, other.b, "EUR", 10), ref()).value();
        assertThatThrownBy(() -> c.client.transfers().get(theirs.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> c.client.transfers().get("123456789012345678")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> c.client.transfers().get("abc123"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.validationErrors().get(0))
                        .extracting(v -> v.fieldName() + " " + v.error()).isEqualTo("id REGEX"));
        assertThat(c.client.transfers().list(TransferFilter.NONE, 0, 100).count()).isZero();
    }

    private static StatementEntry last(List<StatementEntry> entries) {
        return entries.get(entries.size() - 1);
    }
}
