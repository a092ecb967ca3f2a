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
 * <li>a newest-first load pins its later pages to end one millisecond after the newest entry the first page saw
 * (when that is before the asked end: a range ending today, or with no end), so they neither lose the entries of that
 * millisecond (exclusive reading) nor shift when entries are posted meanwhile (inclusive);</li>
 * <li>each later page starts {@value StatementsService#PAGE_OVERLAP} entries before the previous one ended, and
 * entries that arrive twice (the overlap, or pages that shifted) are dropped by {@link StatementEntry#key()}; a shift
 * only ever repeats entries of the neighbouring page, so only the previous page's identities are kept;</li>
 * <li>after the pages the first page's {@code count} asked for, and whenever the server gives no {@code count},
 * paging goes on until a page comes back short.</li>
 * </ul>
 * The overlap is for entries posted <em>inside</em> the range while the pages load in parallel (a transfer posted with
 * an earlier time, as the demo's running bulk does; the pin above does not stop those): such an entry shifts every
 * page requested after it by one, and where a page requested after it comes before one requested before it, the entry
 * at their boundary would be in neither, with {@code count} and what arrived still agreeing since the new entry came
 * instead. With the overlap the neighbouring page still holds it. A page that shares no entry with the page before it
 * cannot be shown to follow on from it (as many entries posted as the overlap, or more, which do lose some) and is
 * counted as a {@linkplain StatementLoad#gaps() gap}, so the load says rows may be missing instead of losing them
 * silently.
 */
final class StatementLoader {

    private static final int OVERLAP = StatementsService.PAGE_OVERLAP;

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
    private long gaps;
    private Page<StatementEntry> last;

    StatementLoader(StatementsService service, InstrumentId instrument, StatementQuery asked, int pageSize) {
        this.service = service;
        this.instrument = instrument;
        this.asked = asked;
        this.sent = asked.withRange(asked.fromTimestamp() == null ? null : widen(asked.fromTimestamp(), -1),
                asked.toTimestamp() == null ? null : widen(asked.toTimestamp(), 1));
        this.later = sent;
        this.pageSize = pageSize;
        this.upper = asked.toTimestamp() == null ? Long.MAX_VALUE : asked.toTimestamp();
    }

    StatementLoad load(ParallelPages.Sink<StatementEntry> sink, BooleanSupplier cancelled) {
        ParallelPages.Sink<StatementEntry> filtering = page -> sink.accept(keepNew(page));
        ParallelPages.fetchAll(this::first, this::later, Math.min(pageSize, StatementsService.FIRST_PAGE_SIZE), pageSize,
                OVERLAP, StatementsService.CONCURRENCY, filtering, cancelled);
        while (last != null && last.items().size() >= last.limit() && !cancelled.getAsBoolean()) {
            filtering.accept(later(last.nextOffset(OVERLAP), pageSize));
        }
        boolean stopped = cancelled.getAsBoolean();
        return new StatementLoad(delivered, received, duplicates, gaps, expected, stopped, footer);
    }

    private Page<StatementEntry> first(int offset, int limit) {
        Statement s = service.page(instrument, sent, offset, limit);
        expected = s.count();
        footer = s.footer() == null || s.footer().isBlank() ? null : s.footer();
        if (!asked.ascending() && !s.entry().isEmpty()) {
            long newest = s.entry().get(0).processedTimestamp();
            if (asked.toTimestamp() == null || newest < asked.toTimestamp()) {
                upper = newest;
                later = sent.withRange(sent.fromTimestamp(), newest + 1);
            }
        }
        return asPage(s, offset, limit);
    }

    private Page<StatementEntry> later(int offset, int limit) {
        return asPage(service.page(instrument, later, offset, limit), offset, limit);
    }

    /**
     * The page without entries already handed over or outside the asked range; counts what arrived, and a gap when
     * the page shares no entry with the page before it.
     */
    private Page<StatementEntry> keepNew(Page<StatementEntry> page) {
        last = page;
        Set<StatementEntry.Key> ids = new HashSet<>();
        List<StatementEntry> kept = new ArrayList<>(page.items().size());
        boolean followsOn = previousPage.isEmpty() || page.items().isEmpty();
        for (StatementEntry e : page.items()) {
            StatementEntry.Key id = e.key();
            boolean inPrevious = previousPage.contains(id);
            followsOn |= inPrevious;
            if (!ids.add(id) || inPrevious) {
                duplicates++;
                continue;
            }
            received++;
            long t = e.processedTimestamp();
            if ((asked.fromTimestamp() == null || t >= asked.fromTimestamp()) && t <= upper) {
                kept.add(e);
            }
        }
        if (!followsOn) {
            gaps++;
        }
        previousPage = ids;
        delivered += kept.size();
        return new Page<>(kept, page.offset(), page.limit(), expected == null ? 0 : expected);
    }

    /** A bound one millisecond further out, unless it is already as far as a timestamp goes. */
    private static long widen(long bound, int by) {
        long wider = bound + by;
        return (by > 0) == (wider > bound) ? wider : bound;
    }

    private static Page<StatementEntry> asPage(Statement s, int offset, int limit) {
        return new Page<>(s.entry(), offset, limit, s.count() == null ? 0 : s.count());
    }
}
