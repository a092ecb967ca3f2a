package backoffice.client.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backoffice.client.BackOfficeClient;
import backoffice.client.RequestOptions;
import backoffice.client.error.NotFoundException;
import backoffice.client.error.ValidationException;
import backoffice.client.http.Transport;
import backoffice.client.json.Json;
import backoffice.client.model.CreateTransfer;
import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.IdentityId;
import backoffice.client.model.IdentityType;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.Statement;
import backoffice.client.model.StatementEntry;
import backoffice.client.model.StatementOrder;
import backoffice.client.page.Page;
import backoffice.client.page.Pages;
import backoffice.sandbox.store.Account;
import backoffice.testsupport.Customer;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SandboxTestBase;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Account and card statements (§4.2, §5.5) over real HTTP: every query parameter, paging, accept, errors. */
class StatementsSandboxIT extends SandboxTestBase {

    private static final StatementQuery OLDEST_FIRST = StatementQuery.ALL.withOrder(StatementOrder.ASC);

    private Customer c;
    private Account big;
    private BackOfficeClient bigClient;

    @BeforeAll
    void customers() {
        c = new Customer(sandbox);
        transfer(c.a, c.prepaid, 5000);
        transfer(c.a, c.prepaid, 5000);
        var state = sandbox.server.state();
        big = SandboxFixture.biggestAccount(state);
        var owner = state.identity(big.identityId()).orElseThrow();
        bigClient = sandbox.client().impersonating(sandbox.client().impersonation()
                .accessToken(new IdentityId(owner.type(), owner.id())).bearer());
    }

    private void transfer(InstrumentId from, InstrumentId to, long amount) {
        c.client.transfers().create(new CreateTransfer(c.profileId, null, from, to, new CurrencyAmount("EUR", amount),
                null, null), RequestOptions.idempotent(UUID.randomUUID().toString()));
    }

    private StatementsService statements() {
        return c.client.statements();
    }

    @Test
    void prepaidCardFundedByTwoTransfersShowsBothNewestFirstWithTheirSource() {
        Statement s = statements().page(c.prepaid, StatementQuery.ALL, 0, 100);
        assertThat(s.count()).isEqualTo(2);
        assertThat(s.responseCount()).isEqualTo(2);
        assertThat(s.entry()).extracting(e -> e.transactionId().type()).containsExactly("TRANSFER", "TRANSFER");
        assertThat(s.entry()).extracting(e -> e.balanceAfter().amount()).containsExactly(10000L, 5000L);
        assertThat(s.entry().get(0).additionalFields()).containsEntry("sourceInstrumentType", "managed_accounts")
                .containsEntry("sourceInstrumentId", c.a.id()).containsKey("sourceInstrumentFriendlyName");
        assertThat(s.startBalance()).isEqualTo(new CurrencyAmount("EUR", 0));
        assertThat(s.endBalance()).isEqualTo(new CurrencyAmount("EUR", 10000));
    }

    @Test
    void payingSideIncludesTheTransferFeeAndTheAccountBalanceReconciles() {
        List<StatementEntry> asc = statements().page(c.a, OLDEST_FIRST, 0, 500).entry();
        assertThat(asc.subList(0, 3)).extracting(e -> e.transactionId().type())
                .containsExactly("DEPOSIT", "TRANSFER", "TRANSFER");
        StatementEntry out = asc.get(1);
        long fee = out.transactionFee().amount();
        assertThat(fee).isPositive();
        assertThat(out.transactionAmount().amount()).isEqualTo(-(5000 + fee));
        assertThat(out.additionalFields()).containsEntry("destinationInstrumentId", c.prepaid.id());
        Statement whole = statements().page(c.a, StatementQuery.ALL, 0, 100);
        assertThat(whole.endBalance().amount()).isEqualTo(c.available(c.a))
                .isEqualTo(asc.get(asc.size() - 1).balanceAfter().amount());
    }

    @Test
    void bothEndsOfTheRangeAreInclusiveAndAFutureStartGivesNothing() {
        List<StatementEntry> all = statements().page(c.a, OLDEST_FIRST, 0, 100).entry();
        long t1 = all.get(1).processedTimestamp();
        Statement exactly = statements().page(c.a, StatementQuery.ALL.withRange(t1, t1 + 1), 0, 100);
        assertThat(exactly.entry()).allMatch(e -> e.processedTimestamp() >= t1 && e.processedTimestamp() <= t1 + 1)
                .anyMatch(e -> e.processedTimestamp() == t1);
        Statement upTo = statements().page(c.a, StatementQuery.ALL.withRange(null, all.get(0).processedTimestamp()),
                0, 100);
        assertThat(upTo.entry()).extracting(e -> e.transactionId().type()).contains("DEPOSIT");
        Statement future = statements().page(c.a, StatementQuery.ALL.withRange(System.currentTimeMillis() + 86_400_000L,
                null), 0, 100);
        assertThat(future.count()).isZero();
        assertThat(future.entry()).isEmpty();
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> statements().page(c.a, StatementQuery.ALL.withRange(2000L, 1000L), 0, 10))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.validationErrors())
                        .anyMatch(v -> v.fieldName().equals("toTimestamp")));
    }

    @Test
    void transactionTypesFilterAndMayBeRepeated() {
        StatementsService s = bigClient.statements();
        InstrumentId id = InstrumentId.account(big.id());
        long all = s.page(id, StatementQuery.ALL, 0, 1).count();
        long deposits = s.page(id, StatementQuery.ALL.withTransactionTypes(List.of("DEPOSIT")), 0, 100).count();
        long declines = s.page(id, StatementQuery.ALL.withTransactionTypes(List.of("AUTHORISATION_DECLINE")), 0, 100)
                .count();
        Statement both = s.page(id, StatementQuery.ALL.withTransactionTypes(List.of("DEPOSIT",
                "AUTHORISATION_DECLINE")), 0, 100);
        assertThat(deposits).isPositive();
        assertThat(declines).isPositive();
        assertThat(both.count()).isEqualTo(deposits + declines).isLessThan(all);
        assertThat(both.entry()).allMatch(e -> List.of("DEPOSIT", "AUTHORISATION_DECLINE")
                .contains(e.transactionId().type()));
        assertThatThrownBy(() -> s.page(id, StatementQuery.ALL.withTransactionTypes(List.of("FUNDING")), 0, 10))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void fundMovementsOnlyLeavesOutDeclinesWhichMoveNoMoney() {
        StatementsService s = bigClient.statements();
        InstrumentId id = InstrumentId.account(big.id());
        long now = System.currentTimeMillis();
        List<StatementEntry> all = new ArrayList<>();
        s.all(id, StatementQuery.ALL.withRange(null, now), page -> all.addAll(page.items()), () -> false);
        long moved = all.stream().filter(e -> e.actualBalanceAdjustment().amount() != 0
                || e.availableBalanceAdjustment().amount() != 0).count();
        Statement moving = s.page(id, StatementQuery.ALL.withFundMovementsOnly(true).withRange(null, now), 0, 100);
        assertThat(moved).isLessThan(all.size());
        assertThat(moving.count()).isEqualTo(moved);
        assertThat(moving.entry()).noneMatch(e -> e.transactionId().type().equals("AUTHORISATION_DECLINE"));
    }

    @Test
    void oneEntryPerTransactionKeepsCompletedEntriesOnce() {
        StatementsService s = bigClient.statements();
        InstrumentId id = InstrumentId.account(big.id());
        long now = System.currentTimeMillis();
        List<StatementEntry> single = new ArrayList<>();
        s.all(id, StatementQuery.ALL.withRange(null, now).withSingleEntryPerTransaction(true),
                p -> single.addAll(p.items()), () -> false);
        long all = s.page(id, StatementQuery.ALL.withRange(null, now), 0, 1).count();
        assertThat(single).isNotEmpty().allMatch(e -> e.entryState().equals("COMPLETED"));
        assertThat(single.stream().map(e -> e.transactionId().type() + ":" + e.transactionId().id()).distinct())
                .hasSize(single.size());
        assertThat((long) single.size()).isLessThanOrEqualTo(all);
    }

    @Test
    void pagingFollowsOffsetAndLimitAndTheAccountsOwnPageSizeName() {
        StatementsService s = bigClient.statements();
        InstrumentId id = InstrumentId.account(big.id());
        // pinned before now: the demo's running bulk keeps adding entries, which would shift a newest-first page
        StatementQuery pinned = StatementQuery.ALL.withRange(null, System.currentTimeMillis() - 1_000);
        Statement first = s.page(id, pinned, 0, 300);
        assertThat(first.responseCount()).isEqualTo(300);
        Statement second = s.page(id, pinned, 299, 2);
        assertThat(second.entry().get(0)).isEqualTo(first.entry().get(299));
        assertThat(first.count()).isEqualTo(second.count()).isGreaterThanOrEqualTo(10_000);
        assertThat(statements().page(c.prepaid, StatementQuery.ALL, 1, 100).entry()).hasSize(1);
    }

    @Test
    void anAccountStatementPagesWithStatementLimitAndIgnoresLimitACardPagesWithLimit() throws Exception {
        try (Response r = get("/multi/backoffice/managed_accounts/" + c.a.id() + "/statement?statementLimit=1&limit=0",
                null)) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.body().string()).contains("\"responseCount\":1");
        }
        try (Response r = get("/multi/backoffice/managed_cards/" + c.prepaid.id() + "/statement?limit=0", null)) {
            assertThat(r.code()).isEqualTo(400);
            assertThat(r.body().string()).contains("\"fieldName\":\"limit\"");
        }
    }

    @ParameterizedTest
    @CsvSource({"statementLimit=0,statementLimit", "offset=-1,offset", "statementLimit=x,statementLimit",
        "orderByTimestamp=UP,orderByTimestamp", "fromTimestamp=yesterday,fromTimestamp",
        "showFundMovementsOnly=yes,showFundMovementsOnly"})
    void badQueryValuesGet400NamingTheField(String query, String field) throws Exception {
        try (Response r = get("/multi/backoffice/managed_accounts/" + c.a.id() + "/statement?" + query, null)) {
            assertThat(r.code()).isEqualTo(400);
            assertThat(r.body().string()).contains("\"fieldName\":\"" + field + "\"");
        }
    }

    @ParameterizedTest
    @CsvSource({"managed_accounts,statementLimit=501,statementLimit,AT_MOST",
        "managed_accounts,statementLimit=0,statementLimit,AT_LEAST", "managed_cards,limit=101,limit,AT_MOST",
        "managed_cards,limit=0,limit,AT_LEAST"})
    void aPageSizeOutsideItsRangeIsRefusedNotCapped(String type, String query, String field, String error)
            throws Exception {
        String id = type.equals("managed_accounts") ? c.a.id() : c.prepaid.id();
        try (Response r = get("/multi/backoffice/" + type + "/" + id + "/statement?" + query, null)) {
            assertThat(r.code()).isEqualTo(400);
            var body = Json.mapper().readTree(r.body().string());
            assertThat(body.path("validationErrors").get(0).path("fieldName").asText()).isEqualTo(field);
            assertThat(body.path("validationErrors").get(0).path("error").asText()).isEqualTo(error);
        }
    }

    @ParameterizedTest
    @CsvSource({"transfers?limit=101,AT_MOST", "transfers?limit=0,AT_LEAST", "bulks?limit=101,AT_MOST"})
    void otherListRoutesRefuseAPageSizeOutside1To100(String query, String error) throws Exception {
        try (Response r = get("/multi/backoffice/" + query, null)) {
            assertThat(r.code()).isEqualTo(400);
            var body = Json.mapper().readTree(r.body().string());
            // the published document gives every /bulks route the syntaxErrors 400 shape, the others validationErrors
            var first = query.startsWith("bulks") ? body.path("syntaxErrors").path("invalidFields").get(0)
                    : body.path("validationErrors").get(0);
            assertThat(first.path("fieldName").asText()).isEqualTo("limit");
            assertThat(first.path("error").asText()).isEqualTo(error);
        }
    }

    @Test
    void theClientNeverAsksForMoreThanTheLargestPage() {
        String card = sandbox.newCard(sandbox.server.state().identity(c.id).orElseThrow(), "PREPAID_MODE", "VIRTUAL", 0);
        InstrumentId id = InstrumentId.card(card);
        for (int i = 0; i < 101; i++) {
            transfer(c.a, id, 1);
        }
        assertThat(statements().page(id, StatementQuery.ALL, 0, 500).responseCount()).isEqualTo(100);
        assertThat(bigClient.statements().page(InstrumentId.account(big.id()), StatementQuery.ALL, 0, 10_000)
                .responseCount()).isEqualTo(500);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"|json", "application/json, text/plain, */*|json", "application/json, text/csv|json",
        "text/plain, */*|json", "text/csv, text/plain, */*|csv", "application/pdf|pdf", "text/html|json",
        "application/pdf;q=0.9, text/csv|pdf"})
    void theFirstSupportedAcceptedTypeWins(String accept, String expected) throws Exception {
        for (InstrumentId id : List.of(c.a, c.prepaid)) {
            try (Response r = get("/multi/backoffice/" + id.type() + "/" + id.id() + "/statement", accept)) {
                assertThat(r.code()).isEqualTo(200);
                byte[] body = r.body().bytes();
                String head = new String(body, 0, Math.min(body.length, 20), StandardCharsets.ISO_8859_1);
                switch (expected) {
                    case "csv" -> assertThat(head).startsWith("processedTimestamp,");
                    case "pdf" -> assertThat(head).startsWith("%PDF-");
                    default -> assertThat(head).startsWith("{");
                }
            }
        }
    }

    @Test
    void theServersCsvAndPdfCoverTheWholeRange() {
        StatementsService s = bigClient.statements();
        InstrumentId id = InstrumentId.account(big.id());
        StatementQuery deposits = StatementQuery.ALL.withTransactionTypes(List.of("DEPOSIT"));
        long count = s.page(id, deposits, 0, 1).count();
        StatementDocument csv = s.document(id, deposits, StatementFormat.CSV);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.requestRef()).isNotBlank();
        String[] lines = new String(csv.bytes(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize((int) count + 1);
        assertThat(lines[1]).contains(",DEPOSIT,");
        assertThat(csv.coverage()).isEqualTo(StatementDocument.Coverage.WHOLE);
        assertThat(csv.rows()).isEqualTo(count);
        assertThat(csv.requests()).isEqualTo(1);
        StatementDocument pdf = s.document(id, deposits, StatementFormat.PDF);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void anotherIdentitysInstrumentsAreNotFoundAndBadIdsAreRefused() throws Exception {
        InstrumentId account = InstrumentId.account(big.id());
        assertThatThrownBy(() -> statements().page(account, StatementQuery.ALL, 0, 10))
                .isInstanceOf(NotFoundException.class);
        String otherCard = sandbox.server.state().cardsOf(big.identityId()).get(0).id();
        assertThatThrownBy(() -> statements().page(InstrumentId.card(otherCard), StatementQuery.ALL, 0, 10))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> statements().page(InstrumentId.card("999999999"), StatementQuery.ALL, 0, 10))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> statements().page(InstrumentId.account("a".repeat(50)), StatementQuery.ALL, 0, 10))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.validationErrors().get(0))
                        .satisfies(v -> {
                            assertThat(v.fieldName()).isEqualTo("id");
                            assertThat(v.error()).isEqualTo("REGEX");
                        }));
        try (Response r = get("/multi/backoffice/managed_cards//statement", null)) {
            assertThat(r.code()).isEqualTo(400);
        }
    }

    @Test
    void aDebitCardHasNoStartOrEndBalance() {
        Statement s = statements().page(c.debit, StatementQuery.ALL, 0, 10);
        assertThat(s.startBalance()).isNull();
        assertThat(s.endBalance()).isNull();
    }

    @Test
    void allPagesOfTheTenThousandEntryStatementArriveOnceInOrder() {
        StatementsService s = bigClient.statements();
        InstrumentId id = InstrumentId.account(big.id());
        List<StatementEntry> parallel = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        long n = s.all(id, StatementQuery.ALL, page -> {
            pageSizes.add(page.items().size());
            parallel.addAll(page.items());
        }, () -> false).delivered();
        StatementQuery pinned = StatementQuery.ALL.withRange(null, parallel.get(0).processedTimestamp());
        List<StatementEntry> sequential = Pages.all((offset, limit) -> {
            Statement p = s.page(id, pinned, offset, limit);
            return new Page<>(p.entry(), offset, limit, p.count());
        }, 100).toList();
        assertThat(n).isEqualTo(parallel.size()).isGreaterThanOrEqualTo(10_000);
        assertThat(parallel.equals(sequential)).as("same entries, same order as one page after another").isTrue();
        assertThat(pageSizes.get(0)).as("a first page of a screenful or two").isEqualTo(StatementsService.FIRST_PAGE_SIZE);
        assertThat(pageSizes.get(1)).as("then pages as large as the operation allows, less the entries they repeat")
                .isEqualTo(StatementsService.ACCOUNT_PAGE_SIZE - StatementsService.PAGE_OVERLAP);
        for (int i = 1; i < parallel.size(); i++) {
            assertThat(parallel.get(i).processedTimestamp()).isLessThanOrEqualTo(parallel.get(i - 1)
                    .processedTimestamp());
        }
    }

    @Test
    void pagesAreDecodedAtMostCoresMinusOneAtATimeWhateverIsInFlight() throws Exception {
        // decoding is CPU work: more decoders than cores - 1 took the core the window needs (issue 18)
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        AtomicInteger most = new AtomicInteger();
        AtomicBoolean loading = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (loading.get()) {
                int decoding = 0;
                for (ThreadInfo t : threads.dumpAllThreads(false, false)) {
                    if (t.getThreadName().startsWith("pages-") && Arrays.stream(t.getStackTrace())
                            .anyMatch(f -> f.getClassName().equals(Transport.class.getName())
                            && f.getMethodName().equals("decode"))) {
                        decoding++;
                    }
                }
                most.accumulateAndGet(decoding, Math::max);
            }
        }, "decoding-sampler");
        sampler.setPriority(Thread.MAX_PRIORITY);
        sampler.start();
        long n = 0;
        int loads = 0;
        try {
            // a sampler that never caught a decode proves nothing (CI's two busy cores once missed all of a load's
            // pages): load again until it has seen one, a few times at most
            while (most.get() == 0 && loads++ < 5) {
                n = bigClient.statements().all(InstrumentId.account(big.id()), StatementQuery.ALL, page -> { },
                        () -> false).delivered();
            }
        } finally {
            loading.set(false);
            sampler.join();
        }
        assertThat(n).isGreaterThanOrEqualTo(10_000);
        assertThat(StatementsService.DECODERS).isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        assertThat(most.get()).as("pages decoding at once, %d requests in flight", StatementsService.CONCURRENCY)
                .isBetween(1, StatementsService.DECODERS);
    }

    @Test
    void cancellingStopsTheLoadEarly() {
        List<StatementEntry> got = new ArrayList<>();
        bigClient.statements().all(InstrumentId.account(big.id()), StatementQuery.ALL, page -> got.addAll(page.items()),
                () -> got.size() >= 500);
        assertThat(got).hasSizeBetween(500, 500 + StatementsService.ACCOUNT_PAGE_SIZE);
    }

    private Response get(String path, String accept) throws IOException {
        Request.Builder b = new Request.Builder().url(sandbox.server.rootUrl() + path).header("api-key",
                sandbox.server.apiKey()).header("Authorization", "Bearer " + sandbox.client().impersonation()
                .accessToken(new IdentityId(IdentityType.CORPORATE, c.id)).bearer());
        if (accept != null && !accept.isEmpty()) {
            b.header("accept", accept);
        }
        return sandbox.raw().newCall(b.build()).execute();
    }
}
