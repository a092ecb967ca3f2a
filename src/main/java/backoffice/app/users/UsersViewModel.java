package backoffice.app.users;

import backoffice.app.ConsoleSession;
import backoffice.app.Impersonation;
import backoffice.app.Messages;
import backoffice.app.command.Command;
import backoffice.app.command.CommandBacked;
import backoffice.app.command.Operation;
import backoffice.app.task.BackgroundTask;
import backoffice.app.ui.ErrorReport;
import backoffice.app.ui.Ids;
import backoffice.app.ui.RestrictedFeature;
import backoffice.client.ApiResult;
import backoffice.client.BackOfficeClient;
import backoffice.client.RequestOptions;
import backoffice.client.model.ManagedCard;
import backoffice.client.model.User;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
public final class UsersViewModel implements CommandBacked {

    static final List<String> FIELDS = List.of("name", "surname", "email", "countryCode", "mobile", "dateOfBirth");

    private final ConsoleSession session;
    private final Command command;
    private final KnownUsersStore store;
    private final Map<String, StringProperty> fields = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> fieldErrors = new LinkedHashMap<>();
    private final StringProperty addId = new SimpleStringProperty("");
    private final StringProperty addName = new SimpleStringProperty("");
    private final ObservableList<KnownUser> users = FXCollections.observableArrayList();
    private final ObjectProperty<KnownUser> selected = new SimpleObjectProperty<>();
    private final BooleanBinding canCreate;
    private final StringBinding createBlocker;
    private final StringBinding emptyListText;
    private String createRef;

    public UsersViewModel(ConsoleSession session, KnownUsersStore store) {
        this.session = session;
        this.command = new Command(session);
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
        canCreate = command.executableWhen(Bindings.createBooleanBinding(() -> session.impersonation() != null
                && input().problems(LocalDate.now()).isEmpty(), dependencies()));
        createBlocker = Bindings.createStringBinding(this::whyCreateIsOff, dependencies());
        emptyListText = Bindings.createStringBinding(() -> Messages.get(session.impersonation() == null
                ? "users.impersonateFirst" : "users.none"), session.impersonationProperty());
        session.impersonationProperty().addListener((o, a, now) -> reload());
        reload();
    }

    private Observable[] dependencies() {
        List<Observable> deps = new ArrayList<>(fields.values());
        deps.add(command.runningProperty());
        deps.add(session.impersonationProperty());
        return deps.toArray(new Observable[0]);
    }

    private UserInput input() {
        return new UserInput(value("name"), value("surname"), value("email"), value("countryCode"), value("mobile"),
                value("dateOfBirth"));
    }

    private String value(String field) {
        return fields.get(field).get();
    }

    /** Why Create is off, in a sentence next to it; null when it is on (or while a call runs). */
    private String whyCreateIsOff() {
        if (command.runningProperty().get()) {
            return null;
        }
        if (session.impersonation() == null) {
            return Messages.get("users.impersonateFirst");
        }
        Map<String, String> problems = input().problems(LocalDate.now());
        if (problems.isEmpty()) {
            return null;
        }
        List<String> missing = problems.entrySet().stream().filter(e -> e.getValue().equals("users.v.required"))
                .map(e -> Messages.get("users.f." + e.getKey())).toList();
        return missing.size() == problems.size() ? Messages.get("users.fillIn", String.join(", ", missing))
                : Messages.get("users.fixMarked");
    }

    /** Shows each field's problem; an empty field is only flagged once the agent tries to send. */
    private Map<String, String> validate(boolean all) {
        Map<String, String> problems = input().problems(LocalDate.now());
        for (String f : FIELDS) {
            String key = problems.get(f);
            boolean show = key != null && (all || !value(f).isEmpty() || !key.equals("users.v.required"));
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
        act(Operation.CREATE_USER, Messages.get("users.createAction"), request.email(),
                c -> c.users().create(request, options), User::id, u -> {
                    remember(new KnownUser(u.id(), who, request.email(), KnownUser.Status.CREATED, null));
                    fields.values().forEach(p -> p.set(""));
                    validate(false);
                    createRef = null;
                    session.notifier().info(Messages.get("users.created", who, u.id()));
                });
    }

    /** Sends the invitation, or sends it again (it is valid one month). */
    public void invite() {
        KnownUser u = selected.get();
        if (u == null) {
            return;
        }
        act(Operation.INVITE_USER, Messages.get("users.inviteAction"), u.id(), c -> c.users().invite(u.id()),
                v -> u.id(), v -> {
                    remember(u.with(KnownUser.Status.INVITED));
                    session.notifier().info(Messages.get("users.invited", u.label()));
                });
    }

    /**
     * Deactivation: the dialog names the user and says what to type: their e-mail address (any case, blanks around
     * it ignored) or, when the console does not know it, their id.
     */
    public void deactivate() {
        KnownUser u = selected.get();
        if (u == null) {
            return;
        }
        boolean byEmail = u.email() != null;
        String expected = byEmail ? u.email() : u.id();
        String instruction = Messages.get(byEmail ? "users.deactivatePromptEmail" : "users.deactivatePromptId",
                expected);
        Optional<String> typed = session.dialogs().askText(Messages.get("users.deactivateTitle"),
                Messages.get("users.deactivateQuestion", u.label()) + "\n\n" + instruction, instruction);
        if (typed.isEmpty()) {
            return;
        }
        if (!typed.get().trim().equalsIgnoreCase(expected)) {
            inputError(Messages.get(byEmail ? "users.deactivateMismatchEmail" : "users.deactivateMismatchId",
                    expected));
            return;
        }
        act(Operation.DEACTIVATE_USER, Messages.get("users.deactivateAction"), u.id(),
                c -> c.users().deactivate(u.id()), v -> u.id(), v -> {
                    remember(u.with(KnownUser.Status.DEACTIVATED));
                    session.notifier().info(Messages.get("users.deactivated", u.label()));
                });
    }

    /**
     * Remembers a user the agent was given by id, with the name the agent gives (optional). The API has no way to
     * look a user up, so the id is not checked: a wrong one can be taken off the list again ({@link #forget}).
     */
    public void addById() {
        String id = Ids.normalise(addId.get());
        String name = addName.get() == null ? "" : addName.get().trim();
        String problem = session.impersonation() == null ? Messages.get("users.impersonateFirst")
                : id.isEmpty() ? Messages.get("users.idEmpty")
                : !Ids.isId(id) ? Messages.get("users.idDigits", id) : null;
        if (problem != null) {
            inputError(problem);
            return;
        }
        command.clearError();
        KnownUser known = indexOf(id) >= 0 ? users.get(indexOf(id)) : null;
        remember(known != null ? new KnownUser(id, name.isEmpty() ? known.name() : name, known.email(),
                known.status(), known.note())
                : new KnownUser(id, name.isEmpty() ? null : name, null, KnownUser.Status.ADDED_BY_ID, null));
        addId.set("");
        addName.set("");
    }

    /** Takes the selected user off this console's list (a wrong id, another customer's user); Weavr is not told. */
    public void forget() {
        KnownUser u = selected.get();
        String key = key();
        if (u == null || key == null) {
            return;
        }
        command.clearError();
        users.remove(u);
        selected.set(null);
        session.notifier().info(Messages.get("users.forgotten", u.label()));
        BackgroundTask.of(p -> store.forget(key, u.id()))
                .onFailure(e -> session.notifier().warn(Messages.get("users.saveFailed", e.getMessage())))
                .runWith(session.runner());
    }

    /**
     * Adds the holders of the cards read in this session for this identity (a card's {@code userId}): re-reads each
     * card, since a card's holder is the one way the API names an existing user.
     */
    public void addCardHolders() {
        if (session.impersonation() == null) {
            inputError(Messages.get("users.impersonateFirst"));
            return;
        }
        List<String> cards = List.copyOf(session.recentCards());
        if (cards.isEmpty()) {
            inputError(Messages.get("users.noCardsRead"));
            return;
        }
        command.asIdentity(Messages.get("users.holdersAction"), client -> cards.stream()
                .map(client.managedCards()::get).filter(c -> c.userId() != null && !c.userId().isBlank()).toList())
                .onSuccess(found -> {
                    for (ManagedCard c : found) {
                        int at = indexOf(c.userId());
                        if (at < 0) {
                            remember(new KnownUser(c.userId(), null, null, KnownUser.Status.CARD_HOLDER,
                                    Messages.get("users.holderOf", c.maskedNumber())));
                        }
                    }
                    session.notifier().info(Messages.get("users.holdersFound", found.size(), cards.size()));
                }).execute();
    }

    private void inputError(String sentence) {
        command.fail(new ErrorReport(sentence, null, null, null, null, ErrorReport.Kind.INPUT));
    }

    // ---- helpers

    private <T> void act(Operation operation, String action, String target,
                         Function<BackOfficeClient, ApiResult<T>> call, Function<T, String> idOf, Consumer<T> then) {
        command.asIdentity(action, call).journal(operation, target, target)
                .targetOnSuccess(result -> idOf.apply(result.value()))
                .explain(report -> RestrictedFeature.explain(report, action))
                .onSuccess(result -> then.accept(result.value()))
                .execute();
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
        command.clearError();
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

    /** The name or label the agent gives a user added by id (optional). */
    public StringProperty addNameProperty() {
        return addName;
    }

    /** Why Create is off, null when it is on. */
    public StringBinding createBlockerProperty() {
        return createBlocker;
    }

    /** What the empty list says: impersonate first, or no users yet. */
    public StringBinding emptyListTextProperty() {
        return emptyListText;
    }

    public ObservableList<KnownUser> users() {
        return users;
    }

    public ObjectProperty<KnownUser> selectedProperty() {
        return selected;
    }

    @Override
    public Command command() {
        return command;
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }
}
