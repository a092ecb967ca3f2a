package backoffice.client.statements;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.BackOfficeClient;
import backoffice.client.model.IdentityId;
import backoffice.client.model.IdentityType;
import backoffice.client.model.StatementEntry;
import backoffice.sandbox.store.Account;
import backoffice.testsupport.Customer;
import backoffice.testsupport.PageShift;
import backoffice.testsupport.SandboxTestBase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Entries posted inside a statement's range while its later pages load in parallel: fewer than the pages' overlap lose
 * nothing; more are reported as a gap, never lost silently. The order that lost an entry before the
 * overlap is forced with {@link PageShift}: the first later page is requested after the entries were posted (into its
 * own range, so they arrive and the server's count still agrees with what came), the second before.
 */
class StatementShiftSandboxIT extends SandboxTestBase {

    private static final int HISTORY = 1_100;
    private static final long START = 1_700_000_000_000L;

    private Customer customer;
    private Account account;

    @BeforeEach
    void anAccountWithAHistory() {
        customer = new Customer(sandbox);
        account = sandbox.server.state().account(customer.a.id()).orElseThrow();
        for (int i = 0; i < HISTORY; i++) {
            sandbox.server.state().deposit(account, 100 + i, 0, START + i * 1_000L);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, StatementsService.PAGE_OVERLAP, StatementsService.PAGE_OVERLAP + 1, 7})
    void entriesPostedWhileLaterPagesLoadAreAllThereOrTheGapIsReported(int posted) {
        List<StatementEntry.Key> before = keys(sandbox.server.state().entries(account));
        // newest first: the first later page starts at 48 and holds the 100th newest entry; the second starts at 546
        long inFirstLaterPage = sorted(sandbox.server.state().entries(account)).get(100).processedTimestamp() - 500;
        List<StatementEntry> postedEntries = new ArrayList<>();
        List<StatementEntry> got = new ArrayList<>();
        PageShift shift = loadWhilePosting(StatementQuery.ALL, posted, inFirstLaterPage, postedEntries, got);
        StatementLoad load = lastLoad;

        assertThat(shift.happened()).as("the first later page was requested after the entries were posted").isTrue();
        assertThat(load.missing()).as("the count agrees with what came: it cannot tell").isZero();
        List<StatementEntry.Key> now = new ArrayList<>(before);
        postedEntries.forEach(e -> now.add(e.key()));
        if (posted < StatementsService.PAGE_OVERLAP) {
            assertThat(load.gaps()).isZero();
            assertThat(load.complete()).isTrue();
            assertThat(keys(got)).as("every entry, the posted ones too, once").containsExactlyInAnyOrderElementsOf(now);
        } else {
            // as many as the overlap: the pages meet exactly, which cannot be told from a gap (nothing shared)
            assertThat(load.gaps()).isEqualTo(1);
            assertThat(load.complete()).as("a gap makes the load incomplete").isFalse();
            assertThat(keys(got)).doesNotHaveDuplicates().isSubsetOf(now)
                    .hasSize(now.size() - (posted - StatementsService.PAGE_OVERLAP));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7})
    void entriesPostedAfterTheNewestOfARangeEndingLaterDoNotShiftItsPages(int posted) {
        List<StatementEntry.Key> before = keys(sandbox.server.state().entries(account));
        long newest = sorted(sandbox.server.state().entries(account)).get(0).processedTimestamp();
        StatementQuery toNextWeek = StatementQuery.ALL.withRange(null, newest + 7 * 86_400_000L);
        List<StatementEntry> postedEntries = new ArrayList<>();
        List<StatementEntry> got = new ArrayList<>();
        PageShift shift = loadWhilePosting(toNextWeek, posted, newest + 1_000, postedEntries, got);

        assertThat(shift.happened()).isTrue();
        assertThat(lastLoad.gaps()).as("later pages end after the newest entry the first page saw").isZero();
        assertThat(lastLoad.complete()).isTrue();
        assertThat(keys(got)).as("the statement as the first page saw it").containsExactlyInAnyOrderElementsOf(before);
    }

    private StatementLoad lastLoad;

    /**
     * Loads the account's statement newest first while {@code posted} deposits at {@code at} are made between the
     * second later page's answer and the first later page's request.
     */
    private PageShift loadWhilePosting(StatementQuery query, int posted, long at, List<StatementEntry> postedEntries,
                                       List<StatementEntry> got) {
        int held = StatementsService.FIRST_PAGE_SIZE - StatementsService.PAGE_OVERLAP;
        int second = held + StatementsService.ACCOUNT_PAGE_SIZE - StatementsService.PAGE_OVERLAP;
        PageShift shift = new PageShift(held, second, () -> {
            for (int i = 0; i < posted; i++) {
                postedEntries.add(sandbox.server.state().deposit(account, 7 + i, 0, at));
            }
        });
        BackOfficeClient client = BackOfficeClient.builder().rootUrl(sandbox.server.rootUrl())
                .apiKey(sandbox.server.apiKey()).customize(b -> b.addInterceptor(shift)).build();
        BackOfficeClient as = client.impersonating(client.impersonation()
                .accessToken(new IdentityId(IdentityType.CORPORATE, customer.id)).bearer());
        lastLoad = as.statements().all(customer.a, query, page -> got.addAll(page.items()), () -> false);
        return shift;
    }

    private static List<StatementEntry> sorted(List<StatementEntry> entries) {
        return entries.stream().sorted(Comparator.comparingLong(StatementEntry::processedTimestamp).reversed())
                .toList();
    }

    private static List<StatementEntry.Key> keys(List<StatementEntry> entries) {
        return entries.stream().map(StatementEntry::key).toList();
    }
}
