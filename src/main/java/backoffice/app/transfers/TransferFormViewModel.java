package backoffice.app.transfers;

import backoffice.app.command.MoneyAction;
import backoffice.app.command.MoneyForm;
import backoffice.app.command.Operation;
import backoffice.app.command.PendingAttempt;
import backoffice.app.ConsoleSession;
import backoffice.app.FeeSchedule;
import backoffice.app.IdentityCalls;
import backoffice.app.Messages;
import backoffice.app.ui.Ids;
import backoffice.app.ui.Money;
import backoffice.app.workspace.InstrumentRow;
import backoffice.client.model.CreateTransfer;
import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.InstrumentState;
import backoffice.client.model.MoneyLimits;
import backoffice.client.model.Transfer;
import backoffice.client.transfers.TransferText;
import java.util.OptionalLong;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
 * A new transfer: source and destination (checked against the API), amount in major units, tag, description.
 * Everything the API would refuse is explained before the agent can confirm; the confirmation states the fee and
 * the balances after. The idempotency-ref is made at confirmation and reused by every retry.
 */
public final class TransferFormViewModel implements MoneyForm {


    // ---- dependencies
    private final ConsoleSession session;
    private final IdentityCalls calls;

    // ---- properties
    private final InstrumentField source;
    private final InstrumentField destination;
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty tag = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty profileId = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<FormPart> problemAt = new ReadOnlyObjectWrapper<>();
    private final MoneyAction<CreateTransfer, Transfer> action;
    private final BooleanBinding canSubmit;
    private final ReadOnlyObjectWrapper<Transfer> lastSent = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty valid = new SimpleBooleanProperty();
    /** The agent typed an amount (or tried to send) since the form was last cleared. */
    private boolean amountTouched;
    private boolean resetting;
    /** Sent and cleared, nothing typed since: an Enter more is the one that confirmed, not a new order. */
    private boolean sentUntouched;

    /** A form whose source and destination are typed ids only. */
    public TransferFormViewModel(ConsoleSession session) {
        this(session, FXCollections.observableArrayList());
    }

    /** {@code known}: the identity's instruments as the workspace discovered them, offered as choices. */
    public TransferFormViewModel(ConsoleSession session, ObservableList<InstrumentRow> known) {
        this.session = session;
        this.calls = new IdentityCalls(session);
        this.source = new InstrumentField(known);
        this.destination = new InstrumentField(known);
        amount.addListener(o -> amountTouched |= !resetting); // before the check below: it reads the flag
        for (var typed : new Observable[] {amount, tag, description}) {
            typed.addListener(o -> sentUntouched &= resetting);
        }
        for (var p : new Observable[] {amount, tag, description, profileId, source.summaryProperty(),
                destination.summaryProperty(), source.errorProperty(), destination.errorProperty()}) {
            p.addListener(o -> revalidate());
        }
        action = new MoneyAction<CreateTransfer, Transfer>(session, (client, order, options) -> client.transfers()
                .create(order, options),
                new MoneyAction.Wording<>(Operation.TRANSFER, Messages.get("transfers.sendAction"),
                        TransferFormViewModel::describe, a -> a.request().source().id(), Transfer::id,
                        TransferFormViewModel::receipt),
                t -> {
                    lastSent.set(t);
                    clearText(); // another transfer must be a deliberate new amount, never a second click
                    sentUntouched = true;
                    session.notifier().info(Messages.get("transfers.doneShort", t.id()));
                    source.refresh(calls);
                    destination.refresh(calls);
                }).askBeforeRepeating(o -> o.source().type() + "/" + o.source().id() + "|" + o.destination().type()
                + "/" + o.destination().id() + "|" + o.destinationAmount().amount() + " "
                + o.destinationAmount().currency());
        canSubmit = Bindings.createBooleanBinding(() -> !action.busyProperty().get() && valid.get()
                        && source.summaryProperty().get() != null && destination.summaryProperty().get() != null,
                action.busyProperty(), valid, source.summaryProperty(), destination.summaryProperty());
        session.onContextChange(() -> {
            for (InstrumentField f : new InstrumentField[] {source, destination}) {
                f.idProperty().set("");
            }
            clearText();
            profileId.set("");
            prefillProfile();
        });
        prefillProfile();
    }

    // ---- commands

    public void checkSource() {
        source.check(calls, action::failCheck, action::checkPassed);
    }

    public void checkDestination() {
        destination.check(calls, action::failCheck, action::checkPassed);
    }

    /**
     * Validates, asks for confirmation with the fee and balances after, then sends with a new idempotency-ref. An
     * invalid form shows its first problem and names its part ({@link #problemAtProperty()}); nothing is asked or
     * sent while a send is on its way.
     */
    @Override
    public void submit() {
        if (action.busyProperty().get() || sentUntouched) {
            // an Enter more after a send asked for nothing: it said "Enter an amount." over the green result
            return;
        }
        Check check = validate();
        amountTouched = true;
        problemAt.set(null);
        if (!check.problem().isEmpty() || check.order() == null) {
            problem.set(check.problem());
            problemAt.set(check.part());
            return;
        }
        if (action.hasOtherPending(check.order()) && !session.dialogs().confirm(Messages.get("transfers.unknownTitle"),
                Messages.get("transfers.unknownQuestion"), Messages.get("transfers.newAnyway"))) {
            return;
        }
        if (!action.confirmIfRepeated(check.order())) {
            return;
        }
        if (!session.dialogs().confirm(Messages.get("transfers.confirmTitle"), confirmation(check),
                Messages.get("transfers.confirmButton"))) {
            return;
        }
        action.sendConfirmed(check.order());
    }

    // ---- helpers

    /**
     * Amount, tag and description emptied (after a send, another identity): the empty amount is not "Enter an amount."
     * in amber until the agent types in it or tries to send (it read as an error under a success, s30).
     */
    private void clearText() {
        resetting = true;
        amount.set("");
        tag.set("");
        description.set("");
        resetting = false;
        amountTouched = false;
        revalidate();
    }

    private void revalidate() {
        Check c = validate();
        valid.set(c.quietProblem().isEmpty());
        problem.set(c.part() == FormPart.AMOUNT && !amountTouched && amount.get().isEmpty() ? "" : c.quietProblem());
        problemAt.set(problem.get().isEmpty() ? null : c.part()); // the field is marked as the agent types
    }

    /**
     * The result line, and the receipt its Copy puts on the clipboard: which transfer, its state and amount, from and
     * to (as a customer names them, by the last four) and the description (the copied text had none: a walk-through).
     */
    private static String receipt(Transfer t) {
        String description = t.description() == null || t.description().isBlank() ? ""
                : Messages.get("transfers.doneDescription", t.description().strip());
        return Messages.get("transfers.done", t.id(), t.state(), Money.format(t.destinationAmount().amount(),
                t.destinationAmount().currency()), side(t.source()), side(t.destination()), description);
    }

    private static String side(InstrumentId side) {
        if (side == null) {
            return "?";
        }
        return Messages.get(side.isAccount() ? "transfers.doneAccount" : "transfers.doneCard",
                Ids.lastFour(side.id()));
    }

    private static String describe(PendingAttempt<CreateTransfer> attempt) {
        CreateTransfer o = attempt.request();
        return Messages.get("transfers.journal", Money.format(o.destinationAmount().amount(),
                o.destinationAmount().currency()), o.source().id(), o.destination().id(), attempt.ref());
    }

    /**
     * The order when everything is valid, else the first problem in reading order, in words, and its part;
     * {@code quiet}: a source or destination not given yet, said on sending but not while the agent fills the form.
     */
    private record Check(CreateTransfer order, String problem, FormPart part, boolean quiet, long amount,
                         OptionalLong fee) {

        String quietProblem() {
            return quiet ? "" : problem;
        }
    }

    private Check validate() {
        InstrumentSummary from = source.summaryProperty().get();
        InstrumentSummary to = destination.summaryProperty().get();
        if (from == null) {
            return missing(source, FormPart.SOURCE, "transfers.sourceMissing", "transfers.from");
        }
        if (to == null) {
            return missing(destination, FormPart.DESTINATION, "transfers.destinationMissing", "transfers.to");
        }
        if (from.id().equals(to.id())) {
            return fail(Messages.get("transfers.same"), FormPart.DESTINATION);
        }
        if (from.debitCard() || to.debitCard()) {
            return fail(Messages.get("transfers.debitCard"), from.debitCard() ? FormPart.SOURCE : FormPart.DESTINATION);
        }
        if (from.state() != InstrumentState.State.ACTIVE || to.state() != InstrumentState.State.ACTIVE) {
            boolean fromInactive = from.state() != InstrumentState.State.ACTIVE;
            return fail(Messages.get("transfers.notActive", fromInactive ? from.name() : to.name()),
                    fromInactive ? FormPart.SOURCE : FormPart.DESTINATION);
        }
        if (!from.currency().equals(to.currency())) {
            return fail(Messages.get("transfers.currencyMismatch", from.currency(), to.currency()),
                    FormPart.DESTINATION);
        }
        long minor;
        try {
            minor = Money.parse(amount.get(), from.currency());
        } catch (IllegalArgumentException bad) {
            return fail(bad.getMessage(), FormPart.AMOUNT);
        }
        if (minor <= 0) {
            return fail(Messages.get("transfers.amountPositive"), FormPart.AMOUNT);
        }
        String t = Ids.normalise(tag.get());
        if (TransferText.badTagChar(t) != null) {
            return fail(Messages.get("transfers.badTagChar", TransferText.badTagChar(t)), FormPart.TAG);
        }
        if (t.length() > TransferText.TAG_MAX) {
            return fail(Messages.get("transfers.longTag", t.length()), FormPart.TAG);
        }
        String d = Ids.normalise(description.get());
        if (TransferText.badDescriptionChar(d) != null) {
            return fail(Messages.get("transfers.badDescriptionChar", TransferText.badDescriptionChar(d)),
                    FormPart.DESCRIPTION);
        }
        if (d.length() > TransferText.DESCRIPTION_MAX) {
            return fail(Messages.get("transfers.longDescription"), FormPart.DESCRIPTION);
        }
        String p = Ids.normalise(profileId.get());
        if (!Ids.isId(p)) {
            return fail(Messages.get("transfers.profileMissing"), FormPart.PROFILE);
        }
        OptionalLong fee = fees().transferFee(from.currency());
        long needed = MoneyLimits.add(minor, fee.orElse(0));
        if (from.available() != null && from.available() < needed) {
            return fail(Messages.get("transfers.insufficient", Money.format(from.available(), from.currency()),
                    Money.format(needed, from.currency())), FormPart.AMOUNT);
        }
        CreateTransfer order = new CreateTransfer(p, t.isEmpty() ? null : t, from.id(), to.id(),
                new CurrencyAmount(from.currency(), minor), d.isEmpty() ? null : d, null);
        return new Check(order, "", null, false, minor, fee);
    }

    private static Check fail(String why, FormPart part) {
        return new Check(null, why, part, false, 0, OptionalLong.empty());
    }

    /** A side not read yet: its own error if it has one, else what to do; quiet, as the field shows its own. */
    private static Check missing(InstrumentField side, FormPart part, String missingKey, String captionKey) {
        String own = side.errorProperty().get();
        String why = own != null && !own.isBlank() ? own : side.hasValidId()
                ? Messages.get("transfers.unread", Messages.get(captionKey)) : Messages.get(missingKey);
        return new Check(null, why, part, true, 0, OptionalLong.empty());
    }

    private String confirmation(Check c) {
        InstrumentSummary from = source.summaryProperty().get();
        InstrumentSummary to = destination.summaryProperty().get();
        String ccy = from.currency();
        String move = Messages.get("transfers.confirmMove", Money.format(c.amount(), ccy), from.name(),
                Ids.lastFour(from.id().id()), to.name(), Ids.lastFour(to.id().id()));
        String fee = c.fee().isPresent()
                ? Messages.get("transfers.confirmFee", Money.format(c.fee().getAsLong(), ccy),
                Money.format(MoneyLimits.add(c.amount(), c.fee().getAsLong()), ccy),
                Money.format(from.available() - c.amount() - c.fee().getAsLong(), ccy))
                : Messages.get("transfers.confirmFeeUnknown");
        // what the customer will see on the statement, to read back to them ("Invoice 42" was nowhere in the review)
        String reference = (description.get().isBlank() ? "" : "\n" + Messages.get("transfers.confirmDescription",
                description.get().strip())) + (tag.get().isBlank() ? "" : "\n" + Messages.get("transfers.confirmTag",
                tag.get().strip()));
        return move + reference + "\n" + fee + "\n" + Messages.get("transfers.confirmOnce");
    }


    private FeeSchedule fees() {
        return session.connection() == null ? FeeSchedule.unknown() : session.connection().fees();
    }

    private void prefillProfile() {
        String known = fees().transferProfileId();
        if (known != null && (profileId.get() == null || profileId.get().isBlank())) {
            profileId.set(known);
        }
    }

    // ---- accessors

    public InstrumentField source() {
        return source;
    }

    public InstrumentField destination() {
        return destination;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty profileIdProperty() {
        return profileId;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The part the last refused submit's problem belongs to (null after a submit that went on). */
    public ReadOnlyObjectProperty<FormPart> problemAtProperty() {
        return problemAt.getReadOnlyProperty();
    }

    @Override
    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }

    /** The last transfer this form sent (the list refreshes on it). */
    public ReadOnlyObjectProperty<Transfer> lastSentProperty() {
        return lastSent.getReadOnlyProperty();
    }

    /** The ref of the transfer whose outcome is still open (tests, the journal). */
    public String pendingRef() {
        return action.pendingRef();
    }

    @Override
    public MoneyAction<?, ?> action() {
        return action;
    }
}
