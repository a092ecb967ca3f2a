package backoffice.sandbox.routes;

import backoffice.client.json.Json;
import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.Statement;
import backoffice.client.model.StatementEntry;
import backoffice.sandbox.http.Body;
import backoffice.sandbox.http.Exchange;
import backoffice.sandbox.http.Reply;
import backoffice.sandbox.http.Router;
import backoffice.sandbox.http.SandboxError;
import backoffice.sandbox.store.Instrument;
import backoffice.sandbox.store.SandboxState;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Account and card statements built from the ledger, as JSON pages, the server's CSV or its PDF (§4.2, §5.5).
 * Another identity's instrument and an unknown id answer 404; an id that is not digits answers 400 REGEX.
 *
 * <p>Choice where the API is silent (§10 #9): a CSV or PDF request without its page size ({@code statementLimit} for
 * an account, {@code limit} for a card) gets the whole range (a document is the whole statement); with one, it is
 * paged like JSON. An account statement ignores {@code limit}, as the published API ignores unknown parameters.
 */
public final class StatementRoutes {

    private final SandboxState state;
    private final Auth auth;
    /**
     * The last few filtered statements: a client paging through one statement asks the same query again and again
     * (its later pages pinned to the same end), so a page costs its own entries, not a pass over the ledger.
     */
    private final Map<Key, Filtered> recent = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, Filtered> eldest) {
                    return size() > 8;
                }
            });

    /** A filtered statement is reusable while the ledger has not grown. */
    private record Key(String instrumentId, StatementFilter filter, int ledgerSize) {
    }

    /** The entries matching a filter, in its order, and the balances around its range. */
    private record Filtered(List<StatementEntry> matching, CurrencyAmount start, CurrencyAmount end) {
    }

    /** The programme's text under every statement, as a live programme may configure one. */
    public static final String FOOTER = "Weavr sandbox: simulated statement. No real money was moved.";

    public StatementRoutes(SandboxState state, Auth auth) {
        this.state = state;
        this.auth = auth;
    }

    public void register(Router router, String base) {
        router.add("GET", base + "/managed_accounts/{id}/statement", ex -> statement(ex, true));
        router.add("GET", base + "/managed_cards/{id}/statement", ex -> statement(ex, false));
    }

    private Reply statement(Exchange ex, boolean account) {
        Caller caller = auth.caller(ex);
        String id = ex.pathId("id");
        String kind = StatementRendering.negotiate(ex.header("accept"));
        Body errors = new Body(Json.mapper().createObjectNode());
        Paging paging = Paging.ofStatement(ex, account, errors);
        StatementFilter filter = StatementFilter.of(ex, account, kind.equals(StatementRendering.PDF), errors);
        errors.check();
        Optional<? extends Instrument> found = account ? state.account(id) : state.card(id);
        Instrument instrument = found.filter(i -> i.identityId().equals(caller.identity().id()))
                .orElseThrow(() -> SandboxError.notFound(account ? "Managed account not found"
                        : "Managed card not found"));
        Filtered f = recent.computeIfAbsent(new Key(instrument.id(), filter, state.entryCount(instrument)),
                k -> filter(instrument, filter));
        List<StatementEntry> matching = f.matching();
        boolean paged = kind.equals(StatementRendering.JSON)
                || ex.queryFirst(account ? "statementLimit" : "limit") != null;
        List<StatementEntry> shown = paged ? paging.slice(matching) : matching;
        CurrencyAmount start = f.start();
        CurrencyAmount end = f.end();
        return switch (kind) {
            case StatementRendering.CSV -> Reply.bytes(200, "text/csv", StatementRendering.csv(shown));
            case StatementRendering.PDF -> Reply.bytes(200, "application/pdf",
                    StatementRendering.pdf(instrument, shown, start, end));
            default -> Reply.ok(new Statement(shown, (long) matching.size(), (long) shown.size(), start, end, FOOTER));
        };
    }

    private Filtered filter(Instrument instrument, StatementFilter filter) {
        List<StatementEntry> ledger = state.entries(instrument);
        // in posting order, nearly always time order already: a stable sort of a sorted list is one linear pass
        ledger.sort(Comparator.comparingLong(StatementEntry::processedTimestamp));
        String currency = state.fundsHolder(instrument).currency();
        return new Filtered(filter.apply(ledger),
                instrument.holdsFunds() ? balanceUpTo(ledger, filter.from() == null ? Long.MIN_VALUE
                        : filter.from() - 1, currency) : null,
                instrument.holdsFunds() ? balanceUpTo(ledger, filter.to() == null ? Long.MAX_VALUE : filter.to(),
                        currency) : null);
    }

    /** The balance after the last entry at or before {@code lastIncluded} (zero before the first entry). */
    private static CurrencyAmount balanceUpTo(List<StatementEntry> ledger, long lastIncluded, String currency) {
        long balance = 0;
        for (StatementEntry e : ledger) {
            if (e.processedTimestamp() > lastIncluded) {
                break;
            }
            balance = e.balanceAfter().amount();
        }
        return new CurrencyAmount(currency, balance);
    }
}
