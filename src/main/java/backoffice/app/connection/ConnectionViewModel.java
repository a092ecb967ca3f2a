package backoffice.app.connection;

import backoffice.app.Connection;
import backoffice.app.ConsoleSession;
import backoffice.app.Messages;
import backoffice.app.command.Command;
import backoffice.app.command.CommandBacked;
import backoffice.app.command.Operation;
import backoffice.app.settings.EnvironmentKind;
import backoffice.app.task.BackgroundTask;
import backoffice.app.ui.ErrorPresenter;
import backoffice.app.ui.ErrorReport;
import backoffice.credentials.CredentialStore;
import backoffice.credentials.InMemoryCredentialStore;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Choosing the backend: the embedded sandbox (default, no credentials), Weavr's sandbox, or a custom URL. The
 * api-key of a remote environment is proven before it is kept, and kept only in the OS keychain — or, when there
 * is none, for this session only, which the agent is told plainly.
 */
public final class ConnectionViewModel implements CommandBacked {

    // ---- dependencies
    private final ConsoleSession session;
    private final Connector connector;
    private final Supplier<CredentialStore> keychainOpener;
    private final Command command;

    // ---- properties
    private final ObjectProperty<EnvironmentKind> kind = new SimpleObjectProperty<>(EnvironmentKind.EMBEDDED);
    private final StringProperty customUrl = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper urlError = new ReadOnlyStringWrapper();
    private final StringProperty apiKey = new SimpleStringProperty("");
    private final BooleanProperty rememberKey = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper keychainAvailable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper keychainStatus = new ReadOnlyStringWrapper(Messages.get("keychain.notNeeded"));
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(Messages.get("banner.notConnected"));
    private final BooleanBinding needsKey;
    private boolean keychainCheckRunning;
    private final BooleanBinding canConnect;
    private final BooleanProperty allowCleartext = new SimpleBooleanProperty(false);
    private final BooleanBinding cleartext;

    public ConnectionViewModel(ConsoleSession session, Connector connector, Supplier<CredentialStore> keychainOpener) {
        this.session = session;
        this.connector = connector;
        this.keychainOpener = keychainOpener;
        this.command = new Command(session);
        kind.set(session.settings().environment());
        customUrl.set(session.settings().customUrl() == null ? "" : session.settings().customUrl());
        customUrl.addListener((o, a, now) -> urlError.set(kind.get() == EnvironmentKind.CUSTOM
                ? Connector.validateUrl(now) : null));
        kind.addListener((o, a, now) -> {
            urlError.set(now == EnvironmentKind.CUSTOM ? Connector.validateUrl(customUrl.get()) : null);
            apiKey.set("");
            if (now != EnvironmentKind.EMBEDDED) {
                checkKeychain();
            }
            loadSavedKey();
        });
        needsKey = Bindings.createBooleanBinding(() -> kind.get() != EnvironmentKind.EMBEDDED, kind);
        cleartext = Bindings.createBooleanBinding(() -> kind.get() == EnvironmentKind.CUSTOM
                && CleartextGuard.sendsKeyInClear(customUrl.get()), kind, customUrl);
        canConnect = command.executableWhen(Bindings.createBooleanBinding(() -> (kind.get() == EnvironmentKind.EMBEDDED
                || !apiKey.get().isBlank() && (kind.get() != EnvironmentKind.CUSTOM
                || Connector.validateUrl(customUrl.get()) == null)) && cleartextRefusal() == null, kind, apiKey,
                customUrl, allowCleartext));
        session.connectionProperty().addListener((o, a, now) -> status.set(describe(now)));
    }

    // ---- commands

    /**
     * At start-up: connects to the saved environment — the embedded one at once and without touching the keychain
     * (its D-Bus stack is slow to load and not needed), a remote one with its api-key from the keychain.
     */
    public void start() {
        EnvironmentKind saved = kind.get();
        String url = rootUrl();
        if (cleartextRefusal() != null) {
            command.fail(new ErrorReport(cleartextRefusal(), null, null, null, null, ErrorReport.Kind.INPUT));
            return;
        }
        command.inBackground(Messages.get("connection.action"), p -> {
            if (saved == EnvironmentKind.EMBEDDED) {
                return new StartResult(null, connector.connectEmbedded());
            }
            CredentialStore store = openStore();
            Optional<String> key = readKey(store, url);
            return new StartResult(store, key.map(k -> connector.connectRemote(saved, url, k)).orElse(null));
        }).onSuccess(r -> {
            if (r.store() != null) {
                useStore(r.store());
            }
            if (r.connection() != null) {
                session.connectionProperty().set(r.connection());
            } else {
                command.fail(new ErrorReport(Messages.get("connection.keyNeeded", labelOf(saved)), null, null, null,
                        null, ErrorReport.Kind.OTHER));
            }
        }).presentedBy(ConnectionViewModel::present).execute();
    }

    /** Finds out (once, off the FX thread) whether an OS keychain works; called when a remote environment is chosen. */
    public void checkKeychain() {
        if (session.credentialsProperty().get() != null || keychainCheckRunning) {
            return;
        }
        keychainCheckRunning = true;
        BackgroundTask.of(p -> openStore()).onSuccess(store -> {
            useStore(store);
            loadSavedKey();
        }).onFinished(() -> keychainCheckRunning = false).runWith(session.runner());
    }

    private record StartResult(CredentialStore store, Connection connection) {
    }

    /** Connects to the chosen environment; the api-key is kept only once the server accepted it. */
    public void connect() {
        EnvironmentKind target = kind.get();
        String url = rootUrl();
        if (target == EnvironmentKind.CUSTOM && Connector.validateUrl(url) != null) {
            urlError.set(Connector.validateUrl(url));
            return;
        }
        if (cleartextRefusal() != null) {
            command.fail(new ErrorReport(cleartextRefusal(), null, null, null, null, ErrorReport.Kind.INPUT));
            return;
        }
        String key = apiKey.get() == null ? "" : apiKey.get().trim();
        if (target != EnvironmentKind.EMBEDDED && key.isEmpty()) {
            command.fail(new ErrorReport(Messages.get("connection.keyRequired"), null, null, null, null,
                    ErrorReport.Kind.INPUT));
            return;
        }
        boolean wantsRemember = rememberKey.get();
        CredentialStore known = session.credentialsProperty().get();
        command.inBackground(Messages.get("connection.action"), p -> {
            if (target == EnvironmentKind.EMBEDDED) {
                return new StartResult(known, connector.connectEmbedded());
            }
            Connection c = connector.connectRemote(target, url, key);
            CredentialStore store = known != null ? known : openStore();
            keep(store, wantsRemember && store.isPersistent(), url, key);
            return new StartResult(store, c);
        }).onSuccess(r -> {
            if (r.store() != null && r.store() != known) {
                useStore(r.store());
            }
            Connection c = r.connection();
            session.connectionProperty().set(c);
            session.updateSettings(s -> s.withEnvironment(target, target == EnvironmentKind.CUSTOM ? url
                    : s.customUrl()));
            session.notifier().info(Messages.get("connection.done", c.label()));
        }).presentedBy(ConnectionViewModel::present).journal(Operation.CONNECT, url, null)
                .targetOnSuccess(r -> r.connection().rootUrl()).detailOnSuccess(r -> r.connection().label()).execute();
    }

    /** Deletes the saved api-key of the chosen environment from the keychain. */
    public void forgetKey() {
        String url = rootUrl();
        CredentialStore store = session.credentialsProperty().get();
        if (store == null || kind.get() == EnvironmentKind.EMBEDDED) {
            return;
        }
        BackgroundTask.of(p -> {
            store.delete(Connector.keyAccount(url));
            return null;
        }).onSuccess(v -> {
            apiKey.set("");
            session.notifier().info(Messages.get("connection.keyForgotten", url));
        }).onFailure(e -> command.fail(ErrorPresenter.present(Messages.get("connection.forgetAction"), e)))
                .runWith(session.runner());
    }

    /** Fills the api-key field with the saved key of the chosen environment, if any. */
    public void loadSavedKey() {
        CredentialStore store = session.credentialsProperty().get();
        if (store == null || kind.get() == EnvironmentKind.EMBEDDED) {
            return;
        }
        String url = rootUrl();
        BackgroundTask.of(p -> readKey(store, url)).onSuccess(k -> k.ifPresent(apiKey::set))
                .onFailure(e -> command.fail(ErrorPresenter.present(Messages.get("connection.readKeyAction"), e)))
                .runWith(session.runner());
    }

    // ---- helpers

    /**
     * A separate step from the URL's validation: why a custom {@code http://} URL to another machine is refused (the
     * api-key and tokens would travel unencrypted), or null when it is https, loopback, or the agent accepted it.
     */
    public String cleartextRefusal() {
        return cleartext.get() && !allowCleartext.get() ? Messages.get("connection.cleartextRefused") : null;
    }

    private CredentialStore openStore() {
        try {
            CredentialStore keychain = keychainOpener.get();
            keychain.read("probe");
            return keychain;
        } catch (RuntimeException e) { // CredentialStoreException, or whatever the library throws
            System.getLogger("backoffice.app").log(System.Logger.Level.INFO, "No OS keychain: " + e.getMessage());
            return new InMemoryCredentialStore();
        }
    }

    private void useStore(CredentialStore store) {
        session.credentialsProperty().set(store);
        keychainAvailable.set(store.isPersistent());
        keychainStatus.set(store.isPersistent() ? Messages.get("keychain.available", store.describe())
                : Messages.get("keychain.unavailable"));
        if (!store.isPersistent()) {
            rememberKey.set(false);
        }
    }

    private static Optional<String> readKey(CredentialStore store, String url) {
        return store == null ? Optional.empty() : store.read(Connector.keyAccount(url));
    }

    /** Keeps the key where the agent asked: the keychain when remembered, else memory for this session. */
    private static void keep(CredentialStore store, boolean remember, String url, String key) {
        if (remember || !store.isPersistent()) {
            store.write(Connector.keyAccount(url), key);
        } else {
            store.delete(Connector.keyAccount(url));
        }
    }

    /** A failed connection in words: a key check's own sentence, or the generic one. */
    private static ErrorReport present(Throwable e) {
        return e instanceof KeyCheckFailure f
                ? new ErrorReport(f.getMessage(), f.errorCode(), f.requestRef(), null, f.toString(),
                ErrorReport.Kind.OTHER)
                : ErrorPresenter.present(Messages.get("connection.action"), e);
    }

    /** The root URL of the chosen environment (what the agent pasted, normalised to the API root). */
    public String rootUrl() {
        return switch (kind.get()) {
            case WEAVR_SANDBOX -> EnvironmentKind.WEAVR_SANDBOX_URL;
            case CUSTOM -> Connector.apiRoot(customUrl.get());
            case EMBEDDED -> "";
        };
    }

    private static String labelOf(EnvironmentKind k) {
        return switch (k) {
            case EMBEDDED -> Messages.get("env.embedded");
            case WEAVR_SANDBOX -> Messages.get("env.weavrSandbox");
            case CUSTOM -> Messages.get("env.customShort");
        };
    }

    private static String describe(Connection c) {
        return c == null ? Messages.get("banner.notConnected") : Messages.get("connection.connectedTo", c.label(),
                c.rootUrl());
    }

    // ---- accessors

    public ObjectProperty<EnvironmentKind> kindProperty() {
        return kind;
    }

    public StringProperty customUrlProperty() {
        return customUrl;
    }

    public ReadOnlyStringProperty urlErrorProperty() {
        return urlError.getReadOnlyProperty();
    }

    public StringProperty apiKeyProperty() {
        return apiKey;
    }

    public BooleanProperty rememberKeyProperty() {
        return rememberKey;
    }

    public ReadOnlyBooleanProperty keychainAvailableProperty() {
        return keychainAvailable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty keychainStatusProperty() {
        return keychainStatus.getReadOnlyProperty();
    }

    @Override
    public Command command() {
        return command;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanBinding needsKeyProperty() {
        return needsKey;
    }

    /** True while the chosen custom URL would send the api-key in clear to another machine. */
    public BooleanBinding cleartextProperty() {
        return cleartext;
    }

    /** The agent's explicit "send the api-key unencrypted (I understand)"; not kept across restarts. */
    public BooleanProperty allowCleartextProperty() {
        return allowCleartext;
    }

    public BooleanBinding canConnectProperty() {
        return canConnect;
    }
}
