package backoffice.client.statements;

import backoffice.client.http.ApiRequest;
import backoffice.client.http.RawResponse;
import backoffice.client.http.Transport;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.Statement;
import backoffice.client.model.StatementEntry;
import backoffice.client.page.Page;
import backoffice.client.page.ParallelPages;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /managed_accounts/{id}/statement} and {@code GET /managed_cards/{id}/statement}: typed pages, every page
 * at once, or the server's own CSV/PDF rendering.
 *
 * <p>Paging of an account statement: the current spec names the page size {@code statementLimit} (up to 500), older
 * servers {@code limit}; both are sent with the same value so either kind of server pages the same way.
 */
public final class StatementsService {

    /** Requests in flight while loading a whole statement. */
    public static final int CONCURRENCY = 8;
    /** The largest page size every server accepts for both kinds of instrument. */
    public static final int PAGE_SIZE = 100;

    private final Transport transport;

    public StatementsService(Transport transport) {
        this.transport = transport;
    }

    /** One page of entries. */
    public Statement page(InstrumentId instrument, StatementQuery query, int offset, int limit) {
        ApiRequest.Builder request = request(instrument, query).query("offset", offset).query("limit", limit);
        if (isAccount(instrument)) {
            request.query("statementLimit", limit);
        }
        return transport.call(request.build(), Statement.class);
    }

    /**
     * Every entry matching the query, {@link #CONCURRENCY} pages in flight, handed to {@code sink} in order; the first
     * page arrives as soon as it is read. Without an end of range, the later pages are pinned to end at the newest
     * entry the first page saw, so entries posted during the load do not shift the pages.
     */
    public long all(InstrumentId instrument, StatementQuery query, ParallelPages.Sink<StatementEntry> sink,
                    BooleanSupplier cancelled) {
        StatementQuery[] pinned = {query};
        return ParallelPages.fetchAll(
                (offset, limit) -> {
                    Statement first = page(instrument, query, offset, limit);
                    if (query.toTimestamp() == null && !query.ascending() && !first.entry().isEmpty()) {
                        pinned[0] = query.withRange(query.fromTimestamp(), first.entry().get(0).processedTimestamp());
                    }
                    return asPage(first, offset, limit);
                },
                (offset, limit) -> asPage(page(instrument, pinned[0], offset, limit), offset, limit),
                PAGE_SIZE, CONCURRENCY, sink, cancelled);
    }

    /** The server's own rendering of the whole range (no paging): CSV or PDF bytes. */
    public StatementDocument document(InstrumentId instrument, StatementQuery query, StatementFormat format) {
        RawResponse raw = transport.send(request(instrument, query).accept(format.mediaType()).build());
        return new StatementDocument(raw.body(), raw.contentType(), raw.requestRef());
    }

    private static ApiRequest.Builder request(InstrumentId instrument, StatementQuery query) {
        ApiRequest.Builder b = ApiRequest.get(instrument.type(), instrument.id(), "statement")
                .query("orderByTimestamp", query.order())
                .query("fromTimestamp", query.fromTimestamp())
                .query("toTimestamp", query.toTimestamp())
                .query("singleEntryPerTransaction", query.singleEntryPerTransaction())
                .queryAll("transactionType", query.transactionTypes());
        if (isAccount(instrument)) {
            b.query("showFundMovementsOnly", query.fundMovementsOnly());
        }
        return b;
    }

    private static boolean isAccount(InstrumentId instrument) {
        return InstrumentId.ACCOUNTS.equals(instrument.type());
    }

    private static Page<StatementEntry> asPage(Statement s, int offset, int limit) {
        return new Page<>(s.entry(), offset, limit, s.count());
    }
}
