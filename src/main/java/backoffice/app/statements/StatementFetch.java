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
 * The background part of a statement load: the instrument's own name for the export header, then every page
 * (eight requests in flight), each offered as compact {@link StatementLine}s as it arrives.
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
        named.accept(friendlyName());
        long[] got = {0};
        return who.client().statements().all(instrument, query, page -> {
            expected = page.count();
            List<StatementLine> lines = new ArrayList<>(page.items().size());
            page.items().forEach(e -> lines.add(StatementLine.of(e)));
            offer.accept(lines);
            got[0] += lines.size();
            progress.update(got[0], page.count() > 0 ? page.count() : -1);
        }, progress::isCancelled);
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
