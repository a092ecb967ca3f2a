package backoffice.client.statements;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.BackOfficeClient;
import backoffice.client.model.IdentityId;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.StatementEntry;
import backoffice.sandbox.store.Account;
import backoffice.testsupport.SandboxFixture;
import backoffice.testsupport.SandboxTestBase;
import backoffice.testsupport.StatementProxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A whole statement loads completely whichever way the server reads {@code fromTimestamp}/{@code toTimestamp} and
 * whether or not it gives a {@code count}; a server that loses entries is caught by the count. The big demo account
 * (over 10,000 entries) is read through {@link StatementProxy}, and what arrived is compared with the sandbox's ledger.
 */
class StatementBoundsSandboxIT extends SandboxTestBase {

    private Account big;
    private String token;

    @BeforeAll
    void bigAccount() {
        var state = sandbox.server.state();
        big = SandboxFixture.biggestAccount(state);
        var owner = state.identity(big.identityId()).orElseThrow();
        token = sandbox.client().impersonation().accessToken(new IdentityId(owner.type(), owner.id())).bearer();
    }

    private record Loaded(List<StatementEntry> entries, StatementLoad load) {
    }

    private Loaded load(StatementProxy.Mode mode, StatementQuery query) {
        try (StatementProxy proxy = new StatementProxy(sandbox.server.rootUrl(), mode)) {
            BackOfficeClient client = BackOfficeClient.builder().rootUrl(proxy.rootUrl())
                    .apiKey(sandbox.server.apiKey()).build().impersonating(token);
            List<StatementEntry> got = new ArrayList<>();
            StatementLoad load = client.statements().all(InstrumentId.account(big.id()), query,
                    page -> got.addAll(page.items()), () -> false);
            return new Loaded(got, load);
        }
    }

    private List<StatementEntry.Key> ledger(long from, long to) {
        return sandbox.server.state().entries(big).stream()
                .filter(e -> e.processedTimestamp() >= from && e.processedTimestamp() <= to)
                .sorted(Comparator.comparingLong(StatementEntry::processedTimestamp).reversed())
                .map(StatementEntry::key).toList();
    }

    @ParameterizedTest
    @EnumSource(value = StatementProxy.Mode.class, names = {"INCLUSIVE", "EXCLUSIVE", "NO_COUNT"})
    void everyEntryArrivesOnceWhicheverWayTheServerReadsTheBounds(StatementProxy.Mode mode) {
        Loaded got = load(mode, StatementQuery.ALL);
        // the demo's running bulk keeps paying from this account: entries newer than the load's first page are not
        // part of the statement it pinned
        List<StatementEntry.Key> expected = ledger(Long.MIN_VALUE, got.entries().get(0).processedTimestamp());
        assertThat(expected).hasSizeGreaterThan(10_000);
        assertThat(got.entries()).extracting(StatementEntry::key)
                .as("every entry of the ledger, once").hasSameSizeAs(expected).containsExactlyInAnyOrderElementsOf(
                        expected);
        assertThat(got.load().complete()).isTrue();
        assertThat(got.load().delivered()).isEqualTo(expected.size());
        assertThat(got.load().expected()).isEqualTo(mode == StatementProxy.Mode.NO_COUNT ? null
                : (Long) (long) expected.size());
    }

    @ParameterizedTest
    @EnumSource(value = StatementProxy.Mode.class, names = {"INCLUSIVE", "EXCLUSIVE", "NO_COUNT"})
    void aRangeEndingOnAnEntryKeepsBothEndsAndNothingOutside(StatementProxy.Mode mode) {
        List<StatementEntry> asc = sandbox.server.state().entries(big).stream()
                .sorted(Comparator.comparingLong(StatementEntry::processedTimestamp)).toList();
        long from = asc.get(asc.size() / 4).processedTimestamp();
        long to = asc.get(asc.size() / 2).processedTimestamp();
        Loaded got = load(mode, StatementQuery.ALL.withRange(from, to));
        assertThat(got.entries()).extracting(StatementEntry::key)
                .containsExactlyInAnyOrderElementsOf(ledger(from, to));
        assertThat(got.entries()).anyMatch(e -> e.processedTimestamp() == from)
                .anyMatch(e -> e.processedTimestamp() == to);
        assertThat(got.load().complete()).isTrue();
    }

    @Test
    void entriesTheServerCountedButDidNotSendAreReportedMissing() {
        // up to an entry well in the past: the demo's running bulk posts on this account while it loads
        List<StatementEntry> asc = sandbox.server.state().entries(big).stream()
                .sorted(Comparator.comparingLong(StatementEntry::processedTimestamp)).toList();
        Loaded got = load(StatementProxy.Mode.LOSES_ENTRIES,
                StatementQuery.ALL.withRange(null, asc.get(asc.size() * 3 / 4).processedTimestamp()));
        long total = got.load().expected();
        assertThat(total).isGreaterThan(5_000);
        assertThat(got.load().complete()).isFalse();
        assertThat(got.load().gaps()).as("every page followed on from the one before").isZero();
        assertThat(got.load().missing()).as("the entries at every %dth position", StatementProxy.LOST_EVERY)
                .isEqualTo((total - 1) / StatementProxy.LOST_EVERY).isEqualTo(total - got.load().received());
        assertThat(got.load().delivered()).isEqualTo(got.entries().size());
    }

    @ParameterizedTest
    @EnumSource(value = StatementProxy.Mode.class, names = {"INCLUSIVE", "PAGES_DOCUMENTS", "SHORT_DOCUMENTS"})
    void theServersCsvCoversTheWholeStatementOrSaysHowManyRowsItLacks(StatementProxy.Mode mode) {
        StatementQuery deposits = StatementQuery.ALL.withTransactionTypes(List.of("DEPOSIT"));
        try (StatementProxy proxy = new StatementProxy(sandbox.server.rootUrl(), mode)) {
            StatementsService s = BackOfficeClient.builder().rootUrl(proxy.rootUrl()).apiKey(sandbox.server.apiKey())
                    .build().impersonating(token).statements();
            InstrumentId id = InstrumentId.account(big.id());
            long count = s.page(id, deposits, 0, 1).count();
            assertThat(count).isGreaterThan(3L * StatementProxy.DOCUMENT_PAGE);
            StatementDocument csv = s.document(id, deposits, StatementFormat.CSV);
            String[] lines = new String(csv.bytes(), StandardCharsets.UTF_8).split("\r\n");
            assertThat(csv.expected()).isEqualTo(count);
            assertThat(lines[0]).startsWith("processedTimestamp,");
            if (mode == StatementProxy.Mode.SHORT_DOCUMENTS) {
                assertThat(csv.coverage()).isEqualTo(StatementDocument.Coverage.SHORT);
                assertThat(csv.rows()).isEqualTo(StatementProxy.DOCUMENT_PAGE);
                assertThat(csv.missing()).isEqualTo(count - StatementProxy.DOCUMENT_PAGE);
            } else {
                assertThat(csv.coverage()).isEqualTo(StatementDocument.Coverage.WHOLE);
                assertThat(csv.rows()).isEqualTo(count);
                assertThat(csv.requests()).isEqualTo(mode == StatementProxy.Mode.INCLUSIVE ? 1
                        : 1 + (int) ((count + StatementProxy.DOCUMENT_PAGE - 1) / StatementProxy.DOCUMENT_PAGE));
            }
            assertThat(lines).hasSize((int) csv.rows() + 1);
            assertThat(Arrays.stream(lines).skip(1).map(l -> l.split(",")[2]).distinct().count())
                    .as("no row twice").isEqualTo(csv.rows());
            StatementDocument pdf = s.document(id, deposits, StatementFormat.PDF);
            assertThat(pdf.coverage()).isEqualTo(StatementDocument.Coverage.UNCHECKED);
            assertThat(pdf.expected()).isEqualTo(count);
        }
    }
}
