package backoffice.app.bulks;

import backoffice.app.ConsoleSession;
import backoffice.app.IdentityCalls;
import backoffice.app.Messages;
import backoffice.app.ui.ErrorReport;
import backoffice.app.ui.FirstShown;
import backoffice.client.model.BulkProcess;
import backoffice.client.model.BulkStatus;
import backoffice.client.page.Page;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The identity's bulk processes, newest first, filtered by status. */
public final class BulkListViewModel {

    public static final String ANY = "ANY";
    public static final List<String> STATES = Stream.concat(Stream.of(ANY), Stream.of(BulkStatus.SUBMITTED,
            BulkStatus.RUNNING, BulkStatus.PAUSED, BulkStatus.COMPLETED, BulkStatus.PARTIALLY_COMPLETED,
            BulkStatus.FAILED, BulkStatus.CANCELLED).map(Enum::name)).toList();
    static final int PAGE = 100;

    private final IdentityCalls calls;
    private final FirstShown shownOnce;
    private final StringProperty state = new SimpleStringProperty(ANY);
    private final ObservableList<BulkProcess> rows = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ErrorReport> error = new ReadOnlyObjectWrapper<>();

    public BulkListViewModel(ConsoleSession session) {
        this(session, new SimpleBooleanProperty(true));
    }

    /**
     * @param shown whether the pane is shown: the list is read for each identity impersonated from the first time it
     *              is, not before, so a pane built ahead (app.shell.PaneWarmup) calls the API no more than one never
     *              built
     */
    public BulkListViewModel(ConsoleSession session, ObservableBooleanValue shown) {
        this.calls = new IdentityCalls(session);
        this.shownOnce = new FirstShown(shown);
        state.addListener((o, a, now) -> refresh());
        session.impersonationProperty().addListener((o, a, now) -> {
            rows.clear();
            summary.set("");
            if (now != null && shownOnce.happened()) {
                refresh();
            }
        });
        shownOnce.then(() -> {
            if (session.impersonation() != null) {
                refresh();
            }
        });
    }

    public void refresh() {
        BulkStatus status = ANY.equals(state.get()) ? null : BulkStatus.of(state.get());
        error.set(null);
        calls.run(Messages.get("bulks.list.action"), c -> c.bulks().list(status, 0, PAGE), busy,
                (Page<BulkProcess> page) -> {
                    rows.setAll(page.items());
                    summary.set(Messages.get("bulks.list.summary", page.items().size(), page.count()));
                }, error::set);
    }

    /** Shows a newer read of a listed bulk (the one being watched) in its row. */
    public void update(BulkProcess bulk) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).bulkId().equals(bulk.bulkId())) {
                if (!rows.get(i).status().equals(bulk.status())) {
                    rows.set(i, bulk);
                }
                return;
            }
        }
    }

    public StringProperty stateProperty() {
        return state;
    }

    public ObservableList<BulkProcess> rows() {
        return rows;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ErrorReport> errorProperty() {
        return error.getReadOnlyProperty();
    }
}
