package backoffice.app.statements;

import backoffice.app.ConsoleSession;
import backoffice.app.IdentityCalls;
import backoffice.app.Messages;
import backoffice.app.transactions.TransactionDetail;
import backoffice.app.ui.ErrorReport;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.StatementEntry;
import backoffice.client.statements.StatementQuery;
import backoffice.export.StatementLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The detail of one statement row: the table keeps compact lines, so the row's full entry (merchant, MCC, country,
 * FX, decline reason) is read again from the server at that instant and shown with every field.
 */
public final class StatementEntryDetail {

    private final ConsoleSession session;
    private final Supplier<InstrumentId> shown;
    private final Consumer<String> status;
    private final Consumer<ErrorReport> error;
    private final ReadOnlyObjectWrapper<List<TransactionDetail.Field>> detail = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** {@code shown} is the instrument whose statement is on screen (null when none). */
    StatementEntryDetail(ConsoleSession session, Supplier<InstrumentId> shown, Consumer<String> status,
                         Consumer<ErrorReport> error) {
        this.session = session;
        this.shown = shown;
        this.status = status;
        this.error = error;
    }

    /** Reads the row's entry again and shows its detail; says so when the server no longer has it. */
    public void open(StatementLine line) {
        InstrumentId instrument = shown.get();
        if (line == null || instrument == null) {
            return;
        }
        // the server refuses from == to: the loader sends the instant widened by 1 ms each side and keeps that instant
        new IdentityCalls(session).run(Messages.get("detail.loading"), c -> {
            List<StatementEntry> same = new ArrayList<>();
            c.statements().all(instrument, StatementQuery.ALL.withRange(line.time(), line.time()),
                    page -> same.addAll(page.items()), () -> false);
            return same.stream().filter(e -> e.transactionId() != null
                    && line.transactionId().equals(e.transactionId().id())
                    && line.type().equals(e.transactionId().type())
                    && Objects.equals(line.state(), e.entryState())).findFirst();
        }, busy, found -> {
            if (found.isEmpty()) {
                status.accept(Messages.get("detail.notFound"));
            } else {
                // a change each time: the same row opened again gives an equal list, which listeners would not hear
                detail.set(null);
                detail.set(TransactionDetail.of(found.get()));
            }
        }, error);
    }

    /** The detail of the row the agent opened (a new list each time). */
    public ReadOnlyObjectProperty<List<TransactionDetail.Field>> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** Opens a card or account the detail names where it belongs: a card in Cards, an account in Statements. */
    public void openInstrument(InstrumentId instrument) {
        session.open(instrument);
    }
}
