package backoffice.app.quickfind;

import backoffice.app.ConsoleSession;
import backoffice.app.IdentityCalls;
import backoffice.app.Messages;
import backoffice.app.quickfind.QuickFindIndex.Kind;
import backoffice.app.quickfind.QuickFindIndex.Match;
import backoffice.app.task.BackgroundTask;
import backoffice.app.transactions.TransactionDetail;
import backoffice.app.workspace.IdentityLabels;
import backoffice.app.workspace.IdentityMemory;
import backoffice.app.workspace.WorkspaceMemory;
import backoffice.app.workspace.WorkspaceViewModel;
import backoffice.client.BackOfficeClient;
import backoffice.client.error.NotFoundException;
import backoffice.client.error.UnauthorizedException;
import backoffice.client.model.InstrumentId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Quick find (Ctrl+K from anywhere): one box over the workspace's instruments, the recent identities (with their
 * labels), the recent transfers and the identity's bulks; Enter opens the match where it belongs. An unknown
 * 18-digit id is looked up.
 */
public final class QuickFindViewModel {

    // ---- dependencies
    private final ConsoleSession session;
    private final WorkspaceViewModel workspace;
    private final IdentityMemory<WorkspaceMemory> memory;
    private final Consumer<String> impersonate;
    private final Runnable showTransfers;
    private final IdentityCalls calls;

    /** Below this many characters only names and labels that start with the text match. */
    static final int MIN_CHARS = 3;

    // ---- properties
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Match> results = FXCollections.observableArrayList();
    private final BooleanProperty showing = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Map<String, String> labels = new HashMap<>();
    private final ReadOnlyObjectWrapper<List<TransactionDetail.Field>>
            transferDetail = new ReadOnlyObjectWrapper<>();

    public QuickFindViewModel(ConsoleSession session, WorkspaceViewModel workspace,
                              IdentityMemory<WorkspaceMemory> memory, Consumer<String> impersonate,
                              Runnable showTransfers) {
        this.session = session;
        this.workspace = workspace;
        this.memory = memory;
        this.impersonate = impersonate;
        this.showTransfers = showTransfers;
        this.calls = new IdentityCalls(session);
        query.addListener((o, a, now) -> search());
    }

    // ---- commands

    /** Opens the box (empty) and reads the labels of the recent identities in the background. */
    public void show() {
        query.set("");
        message.set("");
        showing.set(true);
        List<String> recent = session.settings().recentIdentities();
        String env = IdentityLabels.environment(session);
        BackgroundTask.of(p -> IdentityLabels.read(memory, env, recent)).onSuccess(found -> {
            labels.putAll(found);
            search();
        }).runWith(session.runner());
    }

    public void hide() {
        showing.set(false);
    }

    /** Opens the match: a card in Cards, an account in Statements, an identity impersonated, a transfer's pane, a bulk. */
    public void open(Match m) {
        if (m == null) {
            return;
        }
        switch (m.kind()) {
            case CARD -> session.open(InstrumentId.card(m.id()));
            case ACCOUNT -> session.open(InstrumentId.account(m.id()));
            case IDENTITY -> impersonate.accept(m.id());
            case TRANSFER -> {
                showTransfers.run();
                // through null: a listener hears a change only when the new list is not equal to the old, so the same
                // transfer opened again showed no window
                transferDetail.set(null);
                workspace.recentTransfers().stream().filter(t -> t.id().equals(m.id())).findFirst()
                        .ifPresent(t -> transferDetail.set(TransactionDetail.of(t)));
            }
            case BULK -> session.openBulk(m.id());
            case LOOKUP -> {
                lookUp(m.id());
                return;
            }
            default -> throw new IllegalStateException(m.kind().name());
        }
        hide();
    }

    /** The second action (Shift+Enter): a card's or account's statement in Statements; anything else opens. */
    public void openStatement(Match m) {
        if (m != null && (m.kind() == Kind.CARD || m.kind() == Kind.ACCOUNT)) {
            session.openStatement(m.kind() == Kind.CARD ? InstrumentId.card(m.id()) : InstrumentId.account(m.id()));
            hide();
        } else {
            open(m);
        }
    }

    /** Opens a card or account the transfer's detail names where it belongs. */
    public void openInstrument(InstrumentId instrument) {
        session.open(instrument);
    }

    // ---- helpers

    private void search() {
        results.setAll(QuickFindIndex.search(query.get(), workspace.allRows(), session.settings().recentIdentities(),
                labels, workspace.recentTransfers(), workspace.bulks()));
        String typed = query.get() == null ? "" : query.get().trim();
        if (!results.isEmpty() || typed.isEmpty()) {
            message.set("");
        } else {
            message.set(typed.length() < MIN_CHARS ? Messages.get("quickfind.tooShort", MIN_CHARS)
                    : Messages.get("quickfind.noMatch", typed));
        }
    }

    /** Card, then account, then transfer: the first that exists for the impersonated identity opens. */
    private void lookUp(String id) {
        message.set("");
        calls.run(Messages.get("quickfind.lookupAction"), c -> kindOf(c, id), busy, kind -> {
            if (kind == null) {
                message.set(Messages.get("quickfind.nothing", id));
                return;
            }
            open(new Match(kind, id, id, "", 0));
        }, report -> message.set(report.sentence()));
    }

    private static Kind kindOf(BackOfficeClient c, String id) {
        try {
            c.managedCards().get(id);
            return Kind.CARD;
        } catch (NotFoundException | UnauthorizedException notCard) {
            // another identity's card answers 401 (the token is fine): the account read below tells an expired token
            try {
                c.managedAccounts().get(id);
                return Kind.ACCOUNT;
            } catch (NotFoundException notAccount) {
                try {
                    c.transfers().get(id);
                    return Kind.TRANSFER;
                } catch (NotFoundException notTransfer) {
                    return null;
                }
            }
        }
    }

    // ---- accessors

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Match> results() {
        return results;
    }

    public BooleanProperty showingProperty() {
        return showing;
    }

    /** The detail of the recent transfer last opened from quick find (a new list each time). */
    public ReadOnlyObjectProperty<List<TransactionDetail.Field>>
            transferDetailProperty() {
        return transferDetail.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
