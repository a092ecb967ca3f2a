package backoffice.client.statements;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.BackOfficeClient;
import backoffice.client.model.IdentityId;
import backoffice.client.model.IdentityType;
import backoffice.client.model.StatementEntry;
import backoffice.client.model.TransactionId;
import backoffice.testsupport.PageShift;
import backoffice.testsupport.PostingAccount;
import backoffice.testsupport.SandboxTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Entries posted inside a statement's range while its later pages load in parallel: fewer than the pages' overlap lose
 * nothing; more are reported as a gap, never lost silently. The order that lost an entry before the
 * overlap is forced with {@link PageShift}: the first later page is requested after the entries were posted (into its
 * own range, so they arrive and the server's count still agrees with what came), the second before.
 */
class StatementShiftSandboxIT extends SandboxTestBase {

    private PostingAccount history;

    @BeforeEach
    void anAccountWithAHistory() {
        history = new PostingAccount(sandbox);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, StatementsService.PAGE_OVERLAP, StatementsService.PAGE_OVERLAP + 1, 7})
    void entriesPostedWhileLaterPagesLoadAreAllThere(int posted) {
        Loaded run = loadWhilePostingIntoTheFirstLaterPage(posted, false);
        StatementLoad load = run.load();

        assertThat(run.shift().happened()).as("the first later page was requested after the entries were posted")
                .isTrue();
        assertThat(load.missing()).as("the count agrees with what came: it cannot tell").isZero();
        // fewer than the overlap: the pages still overlap; more: the seam between them is loaded by time
        assertThat(load.gaps()).isZero();
        assertThat(load.complete()).isTrue();
        assertThat(keys(run.got())).as("every entry, the posted ones too, once")
                .containsExactlyInAnyOrderElementsOf(run.now());
    }

    @ParameterizedTest
    @ValueSource(ints = {StatementsService.PAGE_OVERLAP + 1, 7})
    void aSeamThatCannotBeLoadedIsReportedAsAGap(int posted) {
        Loaded run = loadWhilePostingIntoTheFirstLaterPage(posted, true);
        StatementLoad load = run.load();

        assertThat(run.shift().happened()).isTrue();
        assertThat(load.missing()).isZero();
        assertThat(load.gaps()).isEqualTo(1);
        assertThat(load.complete()).as("a gap makes the load incomplete").isFalse();
        assertThat(keys(run.got())).as("what the overlap could not keep is missing, and said to be")
                .doesNotHaveDuplicates().isSubsetOf(run.now())
                .hasSize(run.now().size() - (posted - StatementsService.PAGE_OVERLAP));
    }

    @Test
    void withOneEntryPerTransactionASeamIsReportedNotLoadedByTime() {
        // a transaction with two entries: the statement (one entry per transaction) shows only its newest, first;
        // a range narrowed to the seam would show its older one, which lies there
        List<StatementEntry> ledger = history.newestFirst();
        TransactionId t = new TransactionId("MANUAL_TRANSACTION", "seam-t");
        StatementEntry newer = sandbox.server.state().note(history.account, t, 5,
                ledger.get(0).processedTimestamp() + 500, Map.of());
        List<StatementEntry> statement = new ArrayList<>(List.of(newer));
        statement.addAll(ledger);
        // the seam the shift below leaves: between the 545th and the 547th entry
        StatementEntry older = sandbox.server.state().note(history.account, t, 5,
                statement.get(545).processedTimestamp() + 300, Map.of());
        Loaded run = loadWhilePosting(StatementQuery.ALL.withSingleEntryPerTransaction(true),
                StatementsService.PAGE_OVERLAP + 1, statement.get(100).processedTimestamp() - 500, false);

        assertThat(run.shift().happened()).isTrue();
        assertThat(run.load().gaps()).as("reported, not mended").isEqualTo(1);
        assertThat(run.load().complete()).isFalse();
        assertThat(run.got().stream().filter(e -> e.transactionId().equals(t)).map(StatementEntry::key))
                .as("the transaction once, as the statement shows it").containsExactly(newer.key())
                .doesNotContain(older.key());
    }

    /** Posts {@code posted} entries into the first later page's range, from the 100th newest entry on. */
    private Loaded loadWhilePostingIntoTheFirstLaterPage(int posted, boolean refuseSeams) {
        List<StatementEntry> ledger = history.newestFirst();
        // newest first: the first later page starts at 48 and holds the 100th newest entry; the second starts at 546
        long inFirstLaterPage = ledger.get(100).processedTimestamp() - 500;
        return loadWhilePosting(StatementQuery.ALL, posted, inFirstLaterPage, refuseSeams);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7})
    void entriesPostedAfterTheNewestOfARangeEndingLaterDoNotShiftItsPages(int posted) {
        List<StatementEntry> ledger = history.newestFirst();
        List<StatementEntry.Key> before = keys(ledger);
        long newest = ledger.get(0).processedTimestamp();
        StatementQuery toNextWeek = StatementQuery.ALL.withRange(null, newest + 7 * 86_400_000L);
        Loaded run = loadWhilePosting(toNextWeek, posted, newest + 1_000, true);

        assertThat(run.shift().happened()).isTrue();
        assertThat(run.load().gaps()).as("later pages end after the newest entry the first page saw").isZero();
        assertThat(run.load().complete()).isTrue();
        assertThat(keys(run.got())).as("the statement as the first page saw it")
                .containsExactlyInAnyOrderElementsOf(before);
    }

    /**
     * A load, the entries it handed over, whether the posting came between the pages as meant, and the statement's
     * entries now (those before the load and those posted).
     */
    private record Loaded(PageShift shift, StatementLoad load, List<StatementEntry> got,
                          List<StatementEntry.Key> now) {
    }

    /**
     * Loads the account's statement while {@code posted} deposits at {@code at} are made (see PostingAccount), with
     * requests for a seam refused when {@code refuseSeams}.
     */
    private Loaded loadWhilePosting(StatementQuery query, int posted, long at, boolean refuseSeams) {
        List<StatementEntry.Key> now = new ArrayList<>(keys(history.newestFirst()));
        PageShift shift = history.posting(posted, at);
        BackOfficeClient client = refuseSeams ? history.clientRefusingSeams(shift) : history.client(shift);
        BackOfficeClient as = client.impersonating(client.impersonation()
                .accessToken(new IdentityId(IdentityType.CORPORATE, history.customer.id)).bearer());
        List<StatementEntry> got = new ArrayList<>();
        StatementLoad load = as.statements().all(history.customer.a, query, page -> got.addAll(page.items()),
                () -> false);
        history.posted.forEach(e -> now.add(e.key()));
        return new Loaded(shift, load, got, now);
    }

    private static List<StatementEntry.Key> keys(List<StatementEntry> entries) {
        return entries.stream().map(StatementEntry::key).toList();
    }
}
