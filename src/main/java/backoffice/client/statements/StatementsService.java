package backoffice.client.statements;

import backoffice.client.http.ApiRequest;
import backoffice.client.http.RawResponse;
import backoffice.client.http.Transport;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.Statement;
import backoffice.client.model.StatementEntry;
import backoffice.client.page.ParallelPages;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /managed_accounts/{id}/statement} and {@code GET /managed_cards/{id}/statement}: typed pages, every page
 * at once, or the server's own CSV/PDF rendering.
 *
 * <p>Paging as the published contract names it: an account statement's page size is {@code statementLimit}
 * (1..500; that operation has no {@code limit}), a card statement's is {@code limit} (1..100).
 */
public final class StatementsService {

    /** Requests in flight while loading a whole statement. */
    public static final int CONCURRENCY = 8;
    /**
     * Pages decoded at once, whatever the requests in flight: decoding JSON is CPU work, and more decoders than cores
     * minus one only take the core the window needs (on two cores eight decoders left the FX thread a sixth of one).
     */
    public static final int DECODERS = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    private static final Semaphore DECODING = new Semaphore(DECODERS);
    /**
     * The first page of a whole-statement load: about two screenfuls, so the first rows are on screen after the
     * server has rendered, and the client decoded, 50 entries rather than 500 (the later pages depend on it: they are
     * pinned to the newest entry it saw).
     */
    public static final int FIRST_PAGE_SIZE = 50;
    /**
     * Entries each later page of a whole-statement load repeats from the end of the one before it, so that an entry
     * posted inside the range while the pages load loses nothing (see {@link StatementLoader}).
     */
    public static final int PAGE_OVERLAP = 2;
    /** The largest page of a card statement ({@code limit}). */
    public static final int PAGE_SIZE = 100;
    /** The largest page of an account statement ({@code statementLimit}). */
    public static final int ACCOUNT_PAGE_SIZE = 500;

    private final Transport transport;

    public StatementsService(Transport transport) {
        this.transport = transport;
    }

    /**
     * One page of entries; {@code limit} is kept within the operation's range (1..500 for an account, 1..100 for a
     * card): the API refuses anything outside it with a 400.
     */
    public Statement page(InstrumentId instrument, StatementQuery query, int offset, int limit) {
        int max = isAccount(instrument) ? ACCOUNT_PAGE_SIZE : PAGE_SIZE;
        ApiRequest.Builder request = request(instrument, query).query("offset", offset)
                .query(isAccount(instrument) ? "statementLimit" : "limit", Math.max(1, Math.min(max, limit)));
        RawResponse raw = transport.send(request.build());
        DECODING.acquireUninterruptibly();
        try {
            return transport.decode(raw, Statement.class);
        } finally {
            DECODING.release();
        }
    }

    /**
     * Every entry matching the query (both ends inclusive), {@link #CONCURRENCY} pages in flight, handed to
     * {@code sink} in order without duplicates; the first page arrives as soon as it is read. Right whichever way the
     * server reads the range's bounds and whether or not it gives a {@code count} (see {@link StatementLoader});
     * the answer tells how many entries came and how many the server said there were.
     */
    public StatementLoad all(InstrumentId instrument, StatementQuery query, ParallelPages.Sink<StatementEntry> sink,
                             BooleanSupplier cancelled) {
        int size = isAccount(instrument) ? ACCOUNT_PAGE_SIZE : PAGE_SIZE;
        return new StatementLoader(this, instrument, query, size).load(sink, cancelled);
    }

    /**
     * The server's own rendering of the whole range: CSV or PDF bytes, and whether it covers every entry the server
     * counts (a CSV that comes short is completed page by page; see {@link StatementDocuments}).
     */
    public StatementDocument document(InstrumentId instrument, StatementQuery query, StatementFormat format) {
        boolean account = isAccount(instrument);
        return new StatementDocuments(this, transport).fetch(instrument, query, format,
                () -> request(instrument, query), account ? "statementLimit" : "limit",
                account ? ACCOUNT_PAGE_SIZE : PAGE_SIZE);
    }

    private static ApiRequest.Builder request(InstrumentId instrument, StatementQuery query) {
        ApiRequest.Builder b = ApiRequest.get(instrument.type().wire(), instrument.id(), "statement")
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
        return instrument.isAccount();
    }
}
