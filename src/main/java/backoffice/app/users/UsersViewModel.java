package backoffice.app.users;

import backoffice.app.ConsoleSession;
import backoffice.app.IdentityCalls;
import backoffice.app.Impersonation;
import backoffice.app.Messages;
import backoffice.app.task.BackgroundTask;
import backoffice.app.ui.ErrorReport;
import backoffice.app.ui.Ids;
import backoffice.app.ui.RestrictedFeature;
import backoffice.client.ApiResult;
import backoffice.client.BackOfficeClient;
import backoffice.client.RequestOptions;
import backoffice.client.model.User;
import backoffice.journal.JournalEntry;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Authorised users of the impersonated identity: create one (validated as typed), send or resend the invitation,
 * deactivate after a typed confirmation. The API cannot list users, so the pane shows the ones this console created
 * or was given by id, remembered per environment + identity. Every action journals with its request-ref.
 */
public final class UsersViewModel {

    static final List<String> FIELDS = List.of("name", "surname", "email", "countryCode", "mobile", "dateOfBirth");

    private final ConsoleSession session;
    private final IdentityCalls calls;
    private final KnownUsersStore store;
    private final Map<String, StringProperty> fields = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> fieldErrors = new LinkedHashMap<>();
    private final StringProperty addId = new SimpleStringProperty("");
    private final ObservableList<KnownUser> users = FXCollections.observableArrayList();
    private final ObjectProperty<KnownUser> selected = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<ErrorReport> error = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canCreate;
    private String createRef;

    public UsersViewModel(ConsoleSession session, KnownUsersStore store) {
        this.session = session;
        this.calls = new IdentityCalls(session);
        this.store = store;
        for (String f : FIELDS) {
            StringProperty p = new SimpleStringProperty("");
            fields.put(f, p);
            fieldErrors.put(f, new ReadOnlyStringWrapper());
            p.addListener((o, a, now) -> {
                createRef = null; // a changed form is a new request
                validate(false);
            });
        }
        canCreate = Bindings.createBooleanBinding(() -> !busy.get() && session.impersonation() != null
                && input().problems(LocalDate.now()).isEmpty(), dependencies());
        session.impersonationProperty().addListener((o, a, now) -> reload());
        reload();
    }

    private javafx.beans.Observable[] dependencies() {
        List<javafx.beans.Observable> deps = new java.util.ArrayList<>(fields.values());
        deps.add(busy);
        deps.add(session.impersonationProperty());
        return deps.toArray(new javafx.beans.Observable[0]);
    }

    private UserInput input() {
        return new UserInput(value("name"), value("surname"), value("email"), value("countryCode"), value("mobile"),
                value("dateOfBirth"));
    }

    private String value(String field) {
        return fields.get(field).get();
    }

    /** Shows each field's problem; a blank field is only flagged once the agent tries to send. */
    private Map<String, String> validate(boolean all) {
        Map<String, String> problems = input().problems(LocalDate.now());
        for (String f : FIELDS) {
            String key = problems.get(f);
            boolean show = key != null && (all || !value(f).isBlank() || !key.equals("users.v.required"));
            fieldErrors.get(f).set(show ? Messages.get(key) : null);
        }
        return problems;
    }

    // ---- commands

    /** {@code POST /users}; one idempotency-ref per filled-in form, so a retried create cannot make two users. */
    public void create() {
        if (!validate(true).isEmpty()) {
            return;
        }
        var request = input().toRequest();
        if (createRef == null) {
            createRef = UUID.randomUUID().toString();
        }
        RequestOptions options = RequestOptions.idempotent(createRef);
        String who = request.name() + " " + request.surname();
        act("CREATE_USER", Messages.get("users.createAction"), request.email(),
                c -> c.users().create(request, options), (User u) -> {
                    remember(new KnownUser(u.id(), who, request.email(), KnownUser.Status.CREATED));
                    fields.values().forEach(p -> p.set(""));
                    validate(false);
                    createRef = null;
                    session.notifier().info(Messages.get("users.created", who, u.id()));
                    return u.id();
                });
    }

    /** Sends the invitation, or sends it again (it is valid one month). */
    public void invite() {
        KnownUser u = selected.get();
        if (u == null) {
            return;
        }
        act("INVITE_USER", Messages.get("users.inviteAction"), u.id(), c -> c.users().invite(u.id()), v -> {
            remember(u.with(KnownUser.Status.INVITED));
            session.notifier().info(Messages.get("users.invited", label(u)));
            return u.id();
        });
    }

    /** Deactivation: the agent types the user's e-mail (or id) after reading what it does. */
    public void deactivate() {
        KnownUser u = selected.get();
        if (u == null) {
            return;
        }
        String expected = u.email() != null ? u.email() : u.id();
        Optional<String> typed = session.dialogs().askText(Messages.get("users.deactivateTitle"),
                Messages.get("users.deactivateQuestion", label(u)), Messages.get("users.deactivatePrompt", expected));
        if (typed.isEmpty()) {
            return;
        }
        if (!typed.get().trim().equalsIgnoreCase(expected)) {
            error.set(new ErrorReport(Messages.get("users.deactivateMismatch"), null, null, null, null,
                    ErrorReport.Kind.INPUT));
            return;
        }
        act("DEACTIVATE_USER", Messages.get("users.deactivateAction"), u.id(), c -> c.users().deactivate(u.id()),
                v -> {
                    remember(u.with(KnownUser.Status.DEACTIVATED));
                    session.notifier().info(Messages.get("users.deactivated", label(u)));
                    return u.id();
                });
    }

    /** Remembers a user the agent was given by id (the API has no way to look one up). */
    public void addById() {
        String id = Ids.normalise(addId.get());
        if (!Ids.isId(id) || session.impersonation() == null) {
            error.set(new ErrorReport(Messages.get("users.idDigits"), null, null, null, null,
                    ErrorReport.Kind.INPUT));
            return;
        }
        error.set(null);
        remember(new KnownUser(id, Messages.get("users.addedById"), null, KnownUser.Status.ADDED_BY_ID));
        addId.set("");
    }

    // ---- helpers

    private interface Done<T> {
        String apply(T value);
    }

    private <T> void act(String operation, String action, String target,
                         Function<BackOfficeClient, ApiResult<T>> call, Done<T> done) {
        error.set(null);
        calls.run(action, call, busy, result -> {
            String id = done.apply(result.value());
            session.audit().record(operation, id, JournalEntry.OK, result.requestRef(), target);
        }, report -> {
            ErrorReport explained = RestrictedFeature.explain(report, action);
            error.set(explained);
            session.audit().record(operation, target, JournalEntry.FAILED, report.requestRef(),
                    report.errorCode() != null ? report.errorCode() : report.sentence());
        });
    }

    private static String label(KnownUser u) {
        return u.email() == null ? u.id() : u.name() + " <" + u.email() + ">";
    }

    private String key() {
        Impersonation who = session.impersonation();
        if (who == null || session.connection() == null) {
            return null;
        }
        return KnownUsersStore.key(session.connection().kind().name(), session.connection().rootUrl(), who.key());
    }

    private void remember(KnownUser user) {
        String key = key();
        if (key == null) {
            return;
        }
        int at = indexOf(user.id());
        if (at >= 0) {
            users.set(at, user);
        } else {
            users.add(0, user);
        }
        selected.set(user);
        BackgroundTask.of(p -> store.remember(key, user))
                .onFailure(e -> session.notifier().warn(Messages.get("users.saveFailed", e.getMessage())))
                .runWith(session.runner());
    }

    private int indexOf(String id) {
        for (int i = 0; i < users.size(); i++) {
            if (users.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void reload() {
        users.clear();
        selected.set(null);
        error.set(null);
        String key = key();
        if (key == null) {
            return;
        }
        BackgroundTask.of(p -> store.load(key)).onSuccess(list -> {
            if (key.equals(key())) {
                users.setAll(list);
            }
        }).onFailure(e -> session.notifier().warn(Messages.get("users.loadFailed", e.getMessage())))
                .runWith(session.runner());
    }

    // ---- accessors

    public StringProperty field(String name) {
        return fields.get(name);
    }

    public ReadOnlyStringProperty fieldError(String name) {
        return fieldErrors.get(name).getReadOnlyProperty();
    }

    public StringProperty addIdProperty() {
        return addId;
    }

    public ObservableList<KnownUser> users() {
        return users;
    }

    public ObjectProperty<KnownUser> selectedProperty() {
        return selected;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<ErrorReport> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }
}
