package backoffice.app.impersonation;

import backoffice.app.ConsoleSession;
import backoffice.app.Impersonation;
import backoffice.app.Messages;
import backoffice.app.command.Command;
import backoffice.app.command.Operation;
import backoffice.app.command.Outcome;
import backoffice.app.ui.ErrorPresenter;
import backoffice.app.ui.ErrorReport;
import backoffice.app.ui.Ids;
import backoffice.app.ui.Money;
import backoffice.client.ApiResult;
import backoffice.client.model.AccessToken;
import backoffice.client.model.IdentityId;
import backoffice.client.model.IdentityType;
import backoffice.client.model.ManagedAccount;
import backoffice.client.model.ManagedCard;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * Impersonation: choose an identity (type + decimal id, validated as typed), get a token, keep a list of recent
 * identities (ids only; tokens stay in memory), switch and clear. A quick look-up of a card or account by id shows
 * the token at work.
 */
public final class ImpersonationViewModel {


    /** What the quick look-up opens. */
    public enum LookupKind { CARD, ACCOUNT }

    // ---- dependencies
    private final ConsoleSession session;
    private final Command impersonation;
    private final Command lookup;

    // ---- properties
    private final ObjectProperty<IdentityType> identityType = new SimpleObjectProperty<>(IdentityType.CORPORATE);
    private final StringProperty identityId = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper idError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper();
    private final ObservableList<String> recent = FXCollections.observableArrayList();
    private final ObjectProperty<LookupKind> lookupKind = new SimpleObjectProperty<>(LookupKind.CARD);
    private final StringProperty lookupId = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper lookupError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper lookupResult = new ReadOnlyStringWrapper("");
    private final BooleanBinding canImpersonate;
    private final BooleanBinding canLookup;
    private final BooleanBinding impersonating;
    private final ObservableMap<String, String> labels = FXCollections.observableHashMap();

    public ImpersonationViewModel(ConsoleSession session) {
        this.session = session;
        this.impersonation = new Command(session);
        this.lookup = impersonation.sibling();
        identityId.addListener((obs, old, now) -> {
            idError.set(validateId(now));
            impersonation.clearError(); // the refusal was about the id as it was: an edit makes it stale
        });
        lookupId.addListener((obs, old, now) -> lookupError.set(validateId(now)));
        canImpersonate = impersonation.executableWhen(Bindings.createBooleanBinding(
                () -> isValidId(identityId.get()) && identityType.get() != null && session.connection() != null,
                identityId, identityType, session.connectionProperty()));
        canLookup = lookup.executableWhen(Bindings.createBooleanBinding(
                () -> isValidId(lookupId.get()) && session.impersonation() != null,
                lookupId, session.impersonationProperty()));
        impersonating = session.impersonationProperty().isNotNull();
        recent.setAll(session.settings().recentIdentities());
        session.impersonationProperty().addListener((obs, old, now) -> showCurrent(now));
        session.identityNameProperty().addListener((obs, old, now) -> showCurrent(session.impersonation()));
        showCurrent(session.impersonation());
    }

    // ---- commands

    /**
     * Gets a token for the typed identity; refuses invalid input without sending anything, and ignores a second
     * request (Enter pressed twice) while the first is on its way.
     */
    public void impersonate() {
        if (impersonation.runningProperty().get()) {
            return;
        }
        String id = Ids.normalise(identityId.get());
        String problem = validateId(id);
        if (problem != null || id.isEmpty()) {
            idError.set(problem != null ? problem : Messages.get("impersonation.idRequired"));
            return;
        }
        IdentityId target = new IdentityId(identityType.get(), id);
        var connection = session.connection();
        if (connection == null) {
            impersonation.fail(new ErrorReport(Messages.get("impersonation.notConnected"), null, null, null, null,
                    ErrorReport.Kind.OTHER));
            return;
        }
        impersonation.<ApiResult<AccessToken>>inBackground(Messages.get("impersonation.action"),
                        p -> connection.client().impersonation().requestToken(target))
                .journal(Operation.IMPERSONATE, target.id(), target.type().name())
                .explain(report -> noSuchIdentity(report, target))
                .onSuccess(result -> {
                    session.impersonationProperty().set(new Impersonation(target,
                            connection.client().impersonating(result.value().bearer())));
                    session.updateSettings(s -> s.withRecentIdentity(target.type() + ":" + target.id()));
                    recent.setAll(session.settings().recentIdentities());
                    session.notifier().info(Messages.get("impersonation.done", target.type(), target.id()));
                })
                .execute();
    }

    /** Fills the form from a recent entry ("TYPE:id") and impersonates it. */
    public void impersonateRecent(String key) {
        if (key == null || !key.contains(":")) {
            return;
        }
        String[] parts = key.split(":", 2);
        try {
            identityType.set(IdentityType.valueOf(parts[0]));
        } catch (IllegalArgumentException unknownType) {
            return;
        }
        identityId.set(parts[1]);
        impersonate();
    }

    /** Stops acting as anyone; the token is dropped from memory. */
    public void clear() {
        Impersonation was = session.impersonation();
        if (was == null) {
            return;
        }
        session.impersonationProperty().set(null);
        session.audit().record(Operation.CLEAR_IMPERSONATION, was.identity().id(), Outcome.OK, null, null);
        lookupResult.set("");
    }

    public void forgetRecent() {
        session.updateSettings(s -> s.withoutRecentIdentities());
        recent.clear();
    }

    /** Reads a card or account as the impersonated identity and shows a one-paragraph summary. */
    public void lookup() {
        String id = Ids.normalise(lookupId.get());
        if (!isValidId(id)) {
            lookupError.set(Messages.get("impersonation.idDigits"));
            return;
        }
        if (lookupKind.get() == LookupKind.CARD) {
            lookup.asIdentity(Messages.get("lookup.cardAction"), c -> c.managedCards().get(id))
                    .onSuccess(card -> lookupResult.set(describe(card))).execute();
        } else {
            lookup.asIdentity(Messages.get("lookup.accountAction"), c -> c.managedAccounts().get(id))
                    .onSuccess(account -> lookupResult.set(describe(account))).execute();
        }
    }

    // ---- helpers

    /**
     * A 404 while impersonating means no identity of that type has the id: nobody is impersonated yet, so the
     * general "belongs to the impersonated identity" wording does not apply.
     */
    private static ErrorReport noSuchIdentity(ErrorReport report, IdentityId target) {
        return report.kind() != ErrorReport.Kind.NOT_FOUND ? report : ErrorPresenter.reworded(report,
                Messages.get("impersonation.noSuchIdentity", target.type(), target.id()));
    }

    static boolean isValidId(String value) {
        return value != null && Ids.isId(value);
    }

    /** Null when fine (or empty: nothing typed yet), else the sentence shown beside the field. */
    static String validateId(String value) {
        if (value == null || value.isEmpty() || Ids.isId(value)) {
            return null;
        }
        return Messages.get("impersonation.idDigits");
    }

    /** "Acting as CORPORATE 1101… (Northwind)": the agent's label follows the id once known. */
    private void showCurrent(Impersonation now) {
        current.set(now == null ? Messages.get("impersonation.none")
                : Messages.get("impersonation.current", session.identityLabel()));
    }

    private static String describe(ManagedCard c) {
        String state = c.state().state() + (c.state().blockedReason() != null ? " (" + c.state().blockedReason() + ")"
                : c.state().destroyedReason() != null ? " (" + c.state().destroyedReason() + ")" : "");
        String money = c.balances() != null
                ? Messages.get("lookup.balance", Money.format(c.balances().availableBalance(), c.currency()))
                : Messages.get("lookup.debit", c.parentManagedAccountId());
        return Messages.get("lookup.card", c.friendlyName(), c.maskedNumber(), c.cardBrand(), c.mode(), state, money,
                c.expiryMmyy().substring(0, 2) + "/" + c.expiryMmyy().substring(2));
    }

    private static String describe(ManagedAccount a) {
        return Messages.get("lookup.account", a.friendlyName(), a.currency(), a.state().state(),
                Money.format(a.balances().availableBalance(), a.currency()),
                Money.format(a.balances().actualBalance(), a.currency()));
    }

    // ---- accessors

    public ObjectProperty<IdentityType> identityTypeProperty() {
        return identityType;
    }

    public StringProperty identityIdProperty() {
        return identityId;
    }

    public ReadOnlyStringProperty idErrorProperty() {
        return idError.getReadOnlyProperty();
    }

    /** Getting a token; the quick look-up is its sibling (own busy, same error). */
    public Command impersonation() {
        return impersonation;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return impersonation.runningProperty();
    }

    public BooleanBinding canImpersonateProperty() {
        return canImpersonate;
    }

    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ObservableList<String> recent() {
        return recent;
    }

    /** The agent's labels of identities ("TYPE:id" to e.g. a company name), shown next to the id in the recent list. */
    public ObservableMap<String, String> labels() {
        return labels;
    }

    /** A recent entry as the list shows it: "CORPORATE · 110170049121026001 · Northwind Logistics". */
    public String recentText(String key) {
        String label = labels.get(key);
        return key.replace(":", "  \u00b7  ") + (label == null || label.isBlank() ? "" : "  \u00b7  " + label);
    }

    public ReadOnlyObjectProperty<ErrorReport> errorProperty() {
        return impersonation.errorProperty();
    }

    public ObjectProperty<LookupKind> lookupKindProperty() {
        return lookupKind;
    }

    public StringProperty lookupIdProperty() {
        return lookupId;
    }

    public ReadOnlyStringProperty lookupErrorProperty() {
        return lookupError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lookupResultProperty() {
        return lookupResult.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lookupBusyProperty() {
        return lookup.runningProperty();
    }

    /** Whether an identity is impersonated (the workspace shows then). */
    public BooleanBinding impersonatingProperty() {
        return impersonating;
    }

    public BooleanBinding canLookupProperty() {
        return canLookup;
    }
}
