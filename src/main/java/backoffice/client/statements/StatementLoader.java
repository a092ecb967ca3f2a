package backoffice.client.statements;

import backoffice.client.model.InstrumentId;
import backoffice.client.model.Statement;
import backoffice.client.model.StatementEntry;
import backoffice.client.page.Page;
import backoffice.client.page.ParallelPages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Loads every entry of one statement so that the result is right whichever way the server reads the bounds of the
 * range (the published document says "after" and "before"; the QA suite saw {@code fromTimestamp} inclusive, nobody
 * has seen {@code toTimestamp}):
 * <ul>
 * <li>the range is sent one millisecond wider at both ends and entries outside the asked (inclusive) range are
 * dropped here;</li>
 * <li>a newest-first load without an end pins its later pages to end one millisecond after the newest entry the
 * first page saw, so they neither lose the entries of that millisecond (exclusive reading) nor shift (inclusive);</li>
 * <li>entries that arrive twice because pages shifted are dropped by {@link StatementEntry#key()}; a shift only
 * ever repeats entries of the neighbouring page, so only the last two pages' identities are kept;</li>
 * <li>after the pages the first page's {@code count} asked for, and whenever the server gives no {@code count},
 * paging goes on until a page comes back short.</li>
 * </ul>
 * Not yet handled (found 2026-12-03): an entry posted <em>inside</em> the pinned range while the later pages load in
 * parallel (a transfer posted with a time before the first page's newest, as the demo's running bulk does) shifts the
 * pages requested after it by one. Where a page requested after the insertion comes before one requested before it,
 * the entry at their boundary is in neither, and since the inserted entry is received instead, {@code count} and
 * what arrived still agree: one entry is missing and nothing says so. Overlapping the pages by two entries and
 * checking that each page holds the previous one's last entry would both repair and detect it.
 */
final class StatementLoader {

    private final StatementsService service;
    private final InstrumentId instrument;
    private final StatementQuery asked;
    private final StatementQuery sent;
    private final int pageSize;
    private volatile StatementQuery later;
    private volatile Long expected;
    private volatile String footer;
    private volatile long upper;

    private Set<StatementEntry.Key> previousPage = Set.of();
    private long delivered;
    private long received;
    private long duplicates;
    private Page<StatementEntry> last;

    StatementLoader(StatementsService service, InstrumentId instrument, StatementQuery asked, int pageSize) {
        this.service = service;
        this.instrument = instrument;
        this.asked = asked;
        this.sent = asked.withRange(asked.fromTimestamp() == null ? null : asked.fromTimestamp() - 1,
                asked.toTimestamp() == null ? null : asked.toTimestamp() + 1);
        this.later = sent;
        this.pageSize = pageSize;
        this.upper = asked.toTimestamp() == null ? Long.MAX_VALUE : asked.toTimestamp();
    }

    StatementLoad load(ParallelPages.Sink<StatementEntry> sink, BooleanSupplier cancelled) {
        ParallelPages.Sink<StatementEntry> filtering = page -> sink.accept(keepNew(page));
        ParallelPages.fetchAll(this::first, this::later, Math.min(pageSize, StatementsService.FIRST_PAGE_SIZE), pageSize,
                StatementsService.CONCURRENCY, filtering,
                cancelled);
        while (last != null && last.items().size() >= last.limit() && !cancelled.getAsBoolean()) {
            filtering.accept(later(last.nextOffset(), pageSize));
        }
        boolean stopped = cancelled.getAsBoolean();
        return new StatementLoad(delivered, received, duplicates, expected, stopped, footer);
    }

    private Page<StatementEntry> first(int offset, int limit) {
        Statement s = service.page(instrument, sent, offset, limit);
        expected = s.count();
        footer = s.footer() == null || s.footer().isBlank() ? null : s.footer();
        if (asked.toTimestamp() == null && !asked.ascending() && !s.entry().isEmpty()) {
            long newest = s.entry().get(0).processedTimestamp();
            upper = newest;
            later = sent.withRange(sent.fromTimestamp(), newest + 1);
        }
        return asPage(s, offset, limit);
    }

    private Page<StatementEntry> later(int offset, int limit) {
        return asPage(service.page(instrument, later, offset, limit), offset, limit);
    }

    /** The page without entries already handed over or outside the asked range; counts what arrived. */
    private Page<StatementEntry> keepNew(Page<StatementEntry> page) {
        last = page;
        Set<StatementEntry.Key> ids = new HashSet<>();
        List<StatementEntry> kept = new ArrayList<>(page.items().size());
        for (StatementEntry e : page.items()) {
            StatementEntry.Key id = e.key();
            if (previousPage.contains(id) || !ids.add(id)) {
                duplicates++;
                continue;
            }
            received++;
            long t = e.processedTimestamp();
            if ((asked.fromTimestamp() == null || t >= asked.fromTimestamp()) && t <= upper) {
                kept.add(e);
            }
        }
        previousPage = ids;
        delivered += kept.size();
        return new Page<>(kept, page.offset(), page.limit(), expected == null ? 0 : expected);
    }

    private static Page<StatementEntry> asPage(Statement s, int offset, int limit) {
        return new Page<>(s.entry(), offset, limit, s.count() == null ? 0 : s.count());
    }
}
