package backoffice.app.spendrules;

import backoffice.app.ConsoleSession;
import backoffice.app.Messages;
import backoffice.app.command.Command;
import backoffice.app.command.CommandBacked;
import backoffice.app.command.Operation;
import backoffice.app.ui.ErrorReport;
import backoffice.app.ui.FirstShown;
import backoffice.app.ui.Ids;
import backoffice.client.model.AllLevelSpendRules;
import backoffice.client.model.InstrumentState;
import backoffice.client.model.ManagedCard;
import backoffice.client.model.SpendLimit;
import backoffice.client.model.SpendRules;
import backoffice.client.model.ValidationError;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The spend rules editor of one card: card-level rules editable (lists, switches, min/max amount in major units,
 * spend limits per interval on debit cards), profile and identity levels read-only beside them. Every field is
 * validated as typed; saving shows the before/after diff and sends POST, PATCH (only what changed) or DELETE.
 */
public final class SpendRulesViewModel implements CommandBacked {

    /** A channel switch: not set (inherit), allowed, or blocked. */
    public enum Switch {
        NOT_SET, ALLOW, BLOCK;

        Boolean value() {
            return this == NOT_SET ? null : this == ALLOW;
        }

        static Switch of(Boolean b) {
            return b == null ? NOT_SET : b ? ALLOW : BLOCK;
        }
    }

    /** The five channel switches, in the API's names. */
    public static final List<String> SWITCHES = List.of("allowContactless", "allowAtm", "allowECommerce",
            "allowCashback", "allowCreditAuthorisations");

    // ---- dependencies
    private final ConsoleSession session;
    private final Command command;
    private final FirstShown shownOnce;

    // ---- properties
    private final StringProperty cardId = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ManagedCard> card = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SpendRules> current = new ReadOnlyObjectWrapper<>();
    private final Map<RuleField, StringProperty> texts = new EnumMap<>(RuleField.class);
    private final Map<RuleField, ReadOnlyStringWrapper> errors = new EnumMap<>(RuleField.class);
    private final Map<String, StringProperty> limits = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> limitErrors = new LinkedHashMap<>();
    private final Map<String, ObjectProperty<Switch>> switches = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper allowedCountryNames = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper blockedCountryNames = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper overlapWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper profileSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper identitySummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper limitsSupported = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper readOnlyReason = new ReadOnlyStringWrapper("");
    private final BooleanBinding edited;
    private final ObservableList<String> diff = FXCollections.observableArrayList();
    private final BooleanBinding canSave;
    private final BooleanBinding canLoad;

    public SpendRulesViewModel(ConsoleSession session) {
        this(session, new SimpleBooleanProperty(true));
    }

    /**
     * @param shown whether the pane is shown: the card the Cards pane looks at is followed (its rules read) from the
     *              first time it is, not before, so a pane built ahead (app.shell.PaneWarmup) calls the API no more
     *              than one never built
     */
    public SpendRulesViewModel(ConsoleSession session, ObservableBooleanValue shown) {
        this.session = session;
        this.shownOnce = new FirstShown(shown);
        this.command = new Command(session);
        for (RuleField f : RuleField.values()) {
            if (f != RuleField.LIMITS) {
                texts.put(f, new SimpleStringProperty(""));
                texts.get(f).addListener((o, a, b) -> revalidate());
            }
            errors.put(f, new ReadOnlyStringWrapper());
        }
        for (String interval : SpendLimit.INTERVALS) {
            limits.put(interval, new SimpleStringProperty(""));
            limits.get(interval).addListener((o, a, b) -> revalidate());
            limitErrors.put(interval, new ReadOnlyStringWrapper());
        }
        for (String name : SWITCHES) {
            switches.put(name, new SimpleObjectProperty<>(Switch.NOT_SET));
            switches.get(name).addListener((o, a, b) -> revalidate());
        }
        canSave = command.executableWhen(Bindings.createBooleanBinding(() -> card.get() != null && valid.get()
                && !diff.isEmpty() && readOnlyReason.get().isEmpty(), card, valid, diff, readOnlyReason));
        List<Observable> fields = new ArrayList<>(List.of(card, current));
        fields.addAll(texts.values());
        fields.addAll(limits.values());
        fields.addAll(switches.values());
        edited = Bindings.createBooleanBinding(this::hasUnsavedEdits, fields.toArray(Observable[]::new));
        canLoad = command.executableWhen(Bindings.createBooleanBinding(() -> cardId.get() != null
                && Ids.isId(cardId.get()) && session.impersonation() != null, cardId, session.impersonationProperty()));
        session.currentCardIdProperty().addListener((o, a, now) -> {
            if (shownOnce.happened() && now != null && (card.get() == null || !now.equals(card.get().id()))) {
                cardId.set(now);
                load();
            }
        });
        session.impersonationProperty().addListener((o, a, now) -> show(null, null));
        shownOnce.then(this::followCurrentCard);
    }

    private void followCurrentCard() {
        if (session.currentCardIdProperty().get() != null && session.impersonation() != null) {
            cardId.set(session.currentCardIdProperty().get());
            load();
        }
    }

    // ---- commands

    /**
     * Reads the card (for its currency and mode) and its rules at every level. Unsaved edits of the card shown are
     * discarded only when the agent says so; kept, the card shown and its id stay.
     */
    public void load() {
        String id = Ids.normalise(cardId.get());
        if (!Ids.isId(id)) {
            command.fail(new ErrorReport(Messages.get("cards.idDigits"), null, null, null, null,
                    ErrorReport.Kind.INPUT));
            return;
        }
        ManagedCard shown = card.get();
        if (hasUnsavedEdits() && !session.dialogs().confirm(Messages.get("rules.unsavedTitle"),
                Messages.get("rules.unsaved", shown.friendlyName(), shown.maskedNumber(), id)
                        + (diff.isEmpty() ? "" : "\n\n" + String.join("\n", diff)),
                Messages.get("rules.discard"))) {
            cardId.set(shown.id());
            return;
        }
        command.asIdentity(Messages.get("rules.readAction"), c -> new Loaded(c.managedCards().get(id),
                c.managedCards().spendRules(id))).onSuccess(l -> show(l.card(), l.rules()))
                // not the card shown before, still editable under another card's error (an agent's walk-through)
                .onFailure(report -> show(null, null)).execute();
    }

    private record Loaded(ManagedCard card, AllLevelSpendRules rules) {
    }

    /** True when the fields differ from the rules as loaded (valid or not). */
    public boolean hasUnsavedEdits() {
        ManagedCard c = card.get();
        return c != null && !draft().equals(SpendRulesDraft.of(current.get(), c.currency()));
    }

    /** Validates, shows the diff for confirmation, then sends what the plan says and reloads. */
    public void save() {
        ManagedCard c = card.get();
        SpendRulesDraft.Result result = revalidate();
        if (c == null || !result.valid() || !readOnlyReason.get().isEmpty()) {
            return;
        }
        SpendRulesPlan plan = SpendRulesPlan.between(current.get(), result.rules(), c.currency());
        if (plan.kind() == SpendRulesPlan.Kind.NOTHING) {
            return;
        }
        String question = Messages.get("rules.confirm." + plan.kind().name(), c.friendlyName(), c.maskedNumber())
                + "\n\n" + String.join("\n", plan.lines());
        if (!session.dialogs().confirm(Messages.get("rules.confirmTitle"), question,
                Messages.get("rules.saveConfirm"))) {
            return;
        }
        send(c, plan);
    }

    /** Deletes every card-level rule after confirmation. */
    public void clearAll() {
        ManagedCard c = card.get();
        if (c == null || SpendRulesPlan.normalise(current.get()).isEmpty() || !readOnlyReason.get().isEmpty()) {
            return;
        }
        if (!session.dialogs().confirm(Messages.get("rules.confirmTitle"),
                Messages.get("rules.confirm.DELETE", c.friendlyName(), c.maskedNumber()),
                Messages.get("rules.clearAll"))) {
            return;
        }
        send(c, new SpendRulesPlan(SpendRulesPlan.Kind.DELETE, null, List.of()));
    }

    /** Puts the fields back to the rules as loaded. */
    public void revert() {
        ManagedCard c = card.get();
        if (c != null) {
            fill(current.get(), c.currency());
        }
    }

    /** Shows a server 400's errors on their fields. */
    public void showServerErrors(List<ValidationError> serverErrors) {
        for (ValidationError e : serverErrors) {
            RuleField field = RuleField.ofApiField(e.fieldName());
            if (field != null) {
                errors.get(field).set(Messages.get("rules.serverRefused", e.error(),
                        e.message() == null ? "" : e.message()));
            }
        }
    }

    // ---- helpers

    private void send(ManagedCard c, SpendRulesPlan plan) {
        command.asIdentity(Messages.get("rules.saveAction"), client -> new Saved(plan.sendTo(client, c.id()),
                        client.managedCards().spendRules(c.id())))
                .journal(Operation.spendRules(plan.kind()), c.id(), String.join("; ", plan.lines()))
                .requestRef(Saved::requestRef)
                .onSuccess(saved -> {
                    show(c, saved.rules());
                    session.notifier().info(Messages.get("rules.saved", c.maskedNumber()));
                })
                .onFailure(report -> showServerErrors(report.fieldErrors()))
                .execute();
    }

    private record Saved(String requestRef, AllLevelSpendRules rules) {
    }

    private void show(ManagedCard c, AllLevelSpendRules all) {
        readOnlyReason.set(c != null && c.state() != null && c.state().state() == InstrumentState.State.DESTROYED
                ? Messages.get("rules.destroyed") : "");
        card.set(c);
        if (c == null) {
            current.set(null);
            diff.clear();
            return;
        }
        limitsSupported.set(ManagedCard.DEBIT.equals(c.mode()));
        SpendRules own = all.cardLevelSpendRules() == null ? SpendRules.NONE : all.cardLevelSpendRules();
        current.set(own);
        profileSummary.set(summary(all.profileLevelSpendRules(), c.currency()));
        identitySummary.set(summary(all.identityLevelSpendRules(), c.currency()));
        fill(own, c.currency());
    }

    private void fill(SpendRules rules, String currency) {
        SpendRulesDraft d = SpendRulesDraft.of(rules, currency);
        d.texts().forEach((f, v) -> texts.get(f).set(v));
        d.limits().forEach((i, v) -> limits.get(i).set(v));
        switches.get("allowContactless").set(Switch.of(rules.allowContactless()));
        switches.get("allowAtm").set(Switch.of(rules.allowAtm()));
        switches.get("allowECommerce").set(Switch.of(rules.allowECommerce()));
        switches.get("allowCashback").set(Switch.of(rules.allowCashback()));
        switches.get("allowCreditAuthorisations").set(Switch.of(rules.allowCreditAuthorisations()));
        revalidate();
    }

    private SpendRulesDraft draft() {
        Map<RuleField, String> t = new EnumMap<>(RuleField.class);
        texts.forEach((f, p) -> t.put(f, p.get()));
        Map<String, String> l = new LinkedHashMap<>();
        limits.forEach((i, p) -> l.put(i, p.get()));
        return new SpendRulesDraft(t, l, switches.get("allowContactless").get().value(),
                switches.get("allowAtm").get().value(), switches.get("allowECommerce").get().value(),
                switches.get("allowCashback").get().value(), switches.get("allowCreditAuthorisations").get().value());
    }

    /** Re-checks every field, the overlap warning, the country names and the diff. */
    private SpendRulesDraft.Result revalidate() {
        ManagedCard c = card.get();
        String currency = c == null ? "EUR" : c.currency();
        SpendRulesDraft d = draft();
        SpendRulesDraft.Result r = d.validate(currency, c == null || ManagedCard.DEBIT.equals(c.mode()));
        errors.forEach((f, p) -> p.set(r.errors().get(f)));
        limitErrors.forEach((i, p) -> p.set(r.limitErrors().get(i)));
        valid.set(r.valid());
        allowedCountryNames.set(d.countryNames(RuleField.ALLOWED_COUNTRIES));
        blockedCountryNames.set(d.countryNames(RuleField.BLOCKED_COUNTRIES));
        var both = d.overlaps();
        overlapWarning.set(both.isEmpty() ? "" : Messages.get("rules.overlap", String.join(", ", both)));
        if (c != null && r.valid()) {
            diff.setAll(SpendRulesPlan.between(current.get(), r.rules(), currency).lines());
        } else {
            diff.clear();
        }
        return r;
    }

    private static String summary(SpendRules r, String currency) {
        if (r == null || SpendRulesPlan.normalise(r).isEmpty()) {
            return Messages.get("rules.levelEmpty");
        }
        List<String> parts = new ArrayList<>();
        for (String line : SpendRulesPlan.between(SpendRules.NONE, r, currency).lines()) {
            parts.add(line.replace(Messages.get("rules.notSet") + " \u2192 ", ""));
        }
        return String.join("\n", parts);
    }

    // ---- accessors

    public StringProperty cardIdProperty() {
        return cardId;
    }

    public ReadOnlyObjectProperty<ManagedCard> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public StringProperty textProperty(RuleField field) {
        return texts.get(field);
    }

    public ReadOnlyStringProperty errorProperty(RuleField field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public StringProperty limitProperty(String interval) {
        return limits.get(interval);
    }

    public ReadOnlyStringProperty limitErrorProperty(String interval) {
        return limitErrors.get(interval).getReadOnlyProperty();
    }

    public ObjectProperty<Switch> switchProperty(String name) {
        return switches.get(name);
    }

    public ReadOnlyStringProperty allowedCountryNamesProperty() {
        return allowedCountryNames.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty blockedCountryNamesProperty() {
        return blockedCountryNames.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty overlapWarningProperty() {
        return overlapWarning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty profileSummaryProperty() {
        return profileSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty identitySummaryProperty() {
        return identitySummary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty limitsSupportedProperty() {
        return limitsSupported.getReadOnlyProperty();
    }

    /** Why the card's rules cannot be changed (a destroyed card); empty when they can. */
    /** True while the fields differ from the rules as loaded (Undo edits has something to undo). */
    public BooleanBinding editedProperty() {
        return edited;
    }

    public ReadOnlyStringProperty readOnlyReasonProperty() {
        return readOnlyReason.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ObservableList<String> diff() {
        return diff;
    }

    @Override
    public Command command() {
        return command;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public BooleanBinding canLoadProperty() {
        return canLoad;
    }
}
