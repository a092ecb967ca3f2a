package backoffice.app;

import backoffice.app.command.RecentOrders;
import backoffice.app.settings.Settings;
import backoffice.app.settings.SettingsStore;
import backoffice.app.task.BackgroundTask;
import backoffice.app.task.TaskRunner;
import backoffice.app.ui.DialogService;
import backoffice.app.ui.Notifier;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.ManagedCard;
import backoffice.credentials.CredentialStore;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What every pane shares: the connection, the impersonated identity, the settings, the credential store, the audit
 * log and the doors out (task runner, dialogs, notices). Changed only on the FX thread.
 */
public final class ConsoleSession {

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Notifier notifier;
    private final SettingsStore settingsStore;
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private final ObjectProperty<Impersonation> impersonation = new SimpleObjectProperty<>();
    private final ObjectProperty<CredentialStore> credentials = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Settings> settings = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<String> currentCardId = new SimpleObjectProperty<>();
    private final Map<String, ObservableList<String>> recentCards = new HashMap<>();
    private final StringProperty identityName = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<OpenRequest> openRequest = new ReadOnlyObjectWrapper<>();
    private long openSequence;
    private final ReadOnlyObjectWrapper<String> bulkRequest = new ReadOnlyObjectWrapper<>();
    private final List<Consumer<ManagedCard>> cardListeners = new CopyOnWriteArrayList<>();
    private final ReadOnlyLongWrapper context = new ReadOnlyLongWrapper();
    private final RecentOrders recentOrders = new RecentOrders(Clock.systemUTC());
    private AuditLog audit;

    public ConsoleSession(TaskRunner runner, DialogService dialogs, Notifier notifier, SettingsStore settingsStore,
                          Settings initial) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.notifier = notifier;
        this.settingsStore = settingsStore;
        this.settings.set(initial);
        connection.addListener((obs, old, now) -> impersonation.set(null));
        impersonation.addListener((obs, old, now) -> {
            currentCardId.set(null);
            identityName.set("");
            bulkRequest.set(null);
        });
        connection.addListener((obs, old, now) -> context.set(context.get() + 1));
        impersonation.addListener((obs, old, now) -> {
            if (old == null || now == null || !old.key().equals(now.key())) {
                context.set(context.get() + 1); // a fresh token for the same identity (after a 401) is no switch
            }
        });
    }

    /**
     * Runs {@code reset} whenever the environment or the impersonated identity changes, so that a pane forgets what
     * belonged to the old one (instruments, results, pending orders).
     */
    public void onContextChange(Runnable reset) {
        context.addListener((o, a, now) -> reset.run());
    }

    /** Money orders sent in this session (shared by every pane): a repeat within minutes is asked about first. */
    public RecentOrders recentOrders() {
        return recentOrders;
    }

    public void setAudit(AuditLog log) {
        this.audit = log;
    }

    public AuditLog audit() {
        return audit;
    }

    public TaskRunner runner() {
        return runner;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public Notifier notifier() {
        return notifier;
    }

    public ObjectProperty<Connection> connectionProperty() {
        return connection;
    }

    public Connection connection() {
        return connection.get();
    }

    public ObjectProperty<Impersonation> impersonationProperty() {
        return impersonation;
    }

    public Impersonation impersonation() {
        return impersonation.get();
    }

    /** The card the agent is working on (shared by the Cards and Spend rules panes); cleared on identity change. */
    public ObjectProperty<String> currentCardIdProperty() {
        return currentCardId;
    }

    /** Card ids the agent opened for the impersonated identity in this session, newest first. */
    public ObservableList<String> recentCards() {
        Impersonation who = impersonation.get();
        String key = who == null ? "-" : who.key();
        return recentCards.computeIfAbsent(key, k -> FXCollections.observableArrayList());
    }

    public ObjectProperty<CredentialStore> credentialsProperty() {
        return credentials;
    }

    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public Settings settings() {
        return settings.get();
    }

    /** Changes the settings now and saves them in the background. */
    public void updateSettings(UnaryOperator<Settings> change) {
        Settings next = change.apply(settings.get());
        settings.set(next);
        BackgroundTask.of(p -> {
            settingsStore.save(next);
            return null;
        }).onFailure(e -> notifier.warn(Messages.get("settings.saveFailed", e.getMessage()))).runWith(runner);
    }

    /** Label of the environment for the journal and the banner. */
    public String environmentLabel() {
        Connection c = connection.get();
        return c == null ? Messages.get("banner.notConnected") : c.label();
    }

    /** "CORPORATE 1101…" or "-" for the journal; the agent's label for the identity follows in brackets. */
    public String identityLabel() {
        Impersonation i = impersonation.get();
        String name = identityName.get();
        return i == null ? "-" : i.identity().type() + " " + i.identity().id()
                + (name == null || name.isBlank() ? "" : " (" + name + ")");
    }

    /** The agent's label for the impersonated identity (e.g. its company name), "" when none; reset on change. */
    public StringProperty identityNameProperty() {
        return identityName;
    }

    /** Asks the shell to open an instrument where it belongs: a card in Cards, an account in Statements. */
    public void open(InstrumentId instrument) {
        openRequest.set(new OpenRequest(instrument, ++openSequence, false));
    }

    /** Asks the shell to open the statement of a card or account in Statements. */
    public void openStatement(InstrumentId instrument) {
        openRequest.set(new OpenRequest(instrument, ++openSequence, true));
    }

    /** Asks the shell to show a bulk process in Bulks (quick find); null after an identity switch. */
    public void openBulk(String bulkId) {
        bulkRequest.set(null); // the same bulk asked for twice is two requests
        bulkRequest.set(bulkId);
    }

    /** The bulk last asked for by {@link #openBulk}, or null. */
    public ReadOnlyObjectProperty<String> bulkRequestProperty() {
        return bulkRequest.getReadOnlyProperty();
    }

    /** Tells every pane that shows the card (the workspace) how it is now: read or changed in Cards. */
    public void cardRead(ManagedCard card) {
        cardListeners.forEach(l -> l.accept(card));
    }

    /** Called with each card read or changed, on the FX thread. */
    public void onCardRead(Consumer<ManagedCard> listener) {
        cardListeners.add(listener);
    }

    /** The latest {@link #open} request (a new value each time, even for the same instrument). */
    public ReadOnlyObjectProperty<OpenRequest> openRequestProperty() {
        return openRequest.getReadOnlyProperty();
    }

    /** One request to open an instrument; {@code sequence} makes every request a change. */
    public record OpenRequest(InstrumentId instrument, long sequence, boolean statement) {

        public boolean isCard() {
            return instrument.isCard();
        }

        /** A card to show in Cards (not its statement). */
        public boolean opensCards() {
            return isCard() && !statement;
        }
    }
}
