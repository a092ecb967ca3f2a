package backoffice.client.statements;

import backoffice.client.error.ApiConnectionException;
import backoffice.client.error.ApiException;
import backoffice.client.error.ForbiddenException;
import backoffice.client.error.UnauthorizedException;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.Statement;
import backoffice.client.model.StatementEntry;
import backoffice.client.page.Page;
import backoffice.client.page.ParallelPages;
import java.util.ArrayList;
import java.util.Collections;
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
 * cannot be shown to follow on from it (as many entries posted as the overlap, or more, which do lose some). Such a
 * seam is then asked for on its own, by time: the entries from the last one of the page before to the first one of
 * this page, in one request. When that answer holds both, what lies between them in it is what the pages lost, and
 * it is handed over ahead of this page, in order. Otherwise (the request failed, the seam is more than a page long,
 * or the load asks for one entry per transaction, which a narrower range picks differently) it is counted as a
 * {@linkplain StatementLoad#gaps() gap}, so the load says rows may be missing instead of losing them silently.
 */
final class StatementLoader {

    private static final int OVERLAP = StatementsService.PAGE_OVERLAP;
    private static final System.Logger LOG = System.getLogger(StatementLoader.class.getName());

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
    /** The last entry of the page before, as the server sent it (the seam's one end). */
    private StatementEntry previousLast;
    private long delivered;
    private long received;
    private long duplicates;
    private long gaps;
    private BooleanSupplier cancelled = () -> false;
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
        this.cancelled = cancelled;
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
     * The page without entries already handed over or outside the asked range, after what a seam before it lost;
     * counts what arrived, and a gap when the page shares no entry with the page before it and the seam could not
     * be mended.
     */
    private Page<StatementEntry> keepNew(Page<StatementEntry> page) {
        last = page;
        Set<StatementEntry.Key> ids = new HashSet<>();
        for (StatementEntry e : page.items()) {
            ids.add(e.key());
        }
        boolean followsOn = previousPage.isEmpty() || ids.isEmpty() || !Collections.disjoint(ids, previousPage);
        List<StatementEntry> kept = new ArrayList<>(page.items().size());
        if (!followsOn) {
            List<StatementEntry> seam = seam(previousLast, page.items().get(0));
            if (seam == null) {
                gaps++;
            } else {
                keep(seam, ids, kept);
            }
        }
        keep(page.items(), Set.of(), kept);
        previousPage = ids;
        previousLast = page.items().isEmpty() ? previousLast : page.items().get(page.items().size() - 1);
        delivered += kept.size();
        return new Page<>(kept, page.offset(), page.limit(), expected == null ? 0 : expected);
    }

    /**
     * Adds to {@code kept} the entries not handed over yet (not in the page before, not in {@code skip}, not already
     * kept) that are inside the asked range; counts the distinct ones received and the repeats.
     */
    private void keep(List<StatementEntry> entries, Set<StatementEntry.Key> skip, List<StatementEntry> kept) {
        Set<StatementEntry.Key> seen = new HashSet<>();
        for (StatementEntry e : entries) {
            StatementEntry.Key id = e.key();
            if (!seen.add(id) || previousPage.contains(id) || skip.contains(id)) {
                duplicates++;
                continue;
            }
            received++;
            long t = e.processedTimestamp();
            if ((asked.fromTimestamp() == null || t >= asked.fromTimestamp()) && t <= upper) {
                kept.add(e);
            }
        }
    }

    /**
     * The entries that lie between {@code end} (the page before's last) and {@code start} (this page's first) as the
     * server has them now, from one request by time (the range from the one's time to the other's, in the load's
     * order); null when that cannot show them: the request failed (the gap is then reported, the load goes on), or its
     * answer does not hold both ends in that order.
     */
    private List<StatementEntry> seam(StatementEntry end, StatementEntry start) {
        if (end == null || cancelled.getAsBoolean() || Boolean.TRUE.equals(later.singleEntryPerTransaction())) {
            // one entry per transaction is chosen among the entries in the range asked for: in a narrower range a
            // transaction whose latest entry lies outside it shows an older one, which the statement does not hold
            return null;
        }
        long from = Math.min(end.processedTimestamp(), start.processedTimestamp());
        long to = Math.max(end.processedTimestamp(), start.processedTimestamp());
        List<StatementEntry> entries;
        try {
            entries = service.page(instrument, later.withRange(widen(from, -1), widen(to, 1)), 0, pageSize).entry();
        } catch (UnauthorizedException | ForbiddenException e) {
            throw e; // the next page would fail the same way: the agent must act on it, not on a gap
        } catch (ApiException | ApiConnectionException e) {
            LOG.log(System.Logger.Level.WARNING, "A statement's seam could not be loaded; it is reported as a gap", e);
            return null;
        }
        int after = indexOf(entries, end.key());
        int before = indexOf(entries, start.key());
        return after >= 0 && before > after ? entries.subList(after + 1, before) : null;
    }

    private static int indexOf(List<StatementEntry> entries, StatementEntry.Key key) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
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
