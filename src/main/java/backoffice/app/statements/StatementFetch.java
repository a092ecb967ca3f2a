package backoffice.app.statements;

import backoffice.app.Impersonation;
import backoffice.app.task.Progress;
import backoffice.app.task.StreamingLoad;
import backoffice.client.model.InstrumentId;
import backoffice.client.statements.StatementLoad;
import backoffice.client.statements.StatementQuery;
import backoffice.export.StatementLine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The background part of a statement load: every page (eight requests in flight), each offered as compact
 * {@link StatementLine}s as it arrives, and the instrument's own name for the export header (read while the second
 * page is handed over, so it delays neither the first rows on screen nor the requests of the later pages).
 */
final class StatementFetch implements StreamingLoad.Fetch<StatementLine, StatementLoad> {

    private final Impersonation who;
    private final InstrumentId instrument;
    private final StatementQuery query;
    private final Consumer<String> named;
    private volatile long expected;

    /** {@code named} gets the instrument's friendly name (or null when it cannot be read), on the fetch's thread. */
    StatementFetch(Impersonation who, InstrumentId instrument, StatementQuery query, Consumer<String> named) {
        this.who = who;
        this.instrument = instrument;
        this.query = query;
        this.named = named;
    }

    @Override
    public StatementLoad fetch(Consumer<List<StatementLine>> offer, Progress progress) {
        long[] got = {0};
        int[] pages = {0};
        StatementLoad load = who.client().statements().all(instrument, query, page -> {
            expected = page.count();
            List<StatementLine> lines = new ArrayList<>(page.items().size());
            page.items().forEach(e -> lines.add(StatementLine.of(e)));
            offer.accept(lines);
            if (++pages[0] == 2) {
                // the first page is on its way to the screen and the later ones are in flight (they are sent after
                // the first page is handed over, so reading the name then would hold them back)
                named.accept(friendlyName());
            }
            got[0] += lines.size();
            progress.update(got[0], page.count() > 0 ? page.count() : -1);
        }, progress::isCancelled);
        if (pages[0] < 2) {
            named.accept(friendlyName());
        }
        return load;
    }

    /** The entries the server counted in its latest page (0 before the first). */
    long expected() {
        return expected;
    }

    /** The statement still loads if the name cannot be read. */
    private String friendlyName() {
        try {
            return instrument.isAccount()
                    ? who.client().managedAccounts().get(instrument.id()).friendlyName()
                    : who.client().managedCards().get(instrument.id()).friendlyName();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
