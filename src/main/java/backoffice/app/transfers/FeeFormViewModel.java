package backoffice.app.transfers;

import backoffice.app.command.MoneyAction;
import backoffice.app.command.MoneyForm;
import backoffice.app.command.Operation;
import backoffice.app.ConsoleSession;
import backoffice.app.IdentityCalls;
import backoffice.app.Messages;
import backoffice.app.ui.Money;
import backoffice.app.workspace.InstrumentRow;
import backoffice.client.model.ChargeFee;
import java.util.List;
import java.util.OptionalLong;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Charging a custom fee: fee type and source, confirmed with the amount, idempotent like a transfer. */
public final class FeeFormViewModel implements MoneyForm {

    // ---- dependencies
    private final ConsoleSession session;
    private final IdentityCalls calls;

    // ---- properties
    private final StringProperty feeType = new SimpleStringProperty("");
    private final ObservableList<String> feeTypes = FXCollections.observableArrayList();
    private final InstrumentField source;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<FormPart> problemAt = new ReadOnlyObjectWrapper<>();
    private final MoneyAction<ChargeFee.Request, ChargeFee> action;
    private final BooleanBinding canSubmit;

    /** A form whose source is a typed id only. */
    public FeeFormViewModel(ConsoleSession session) {
        this(session, FXCollections.observableArrayList());
    }

    /** {@code known}: the identity's instruments as the workspace discovered them, offered as choices. */
    public FeeFormViewModel(ConsoleSession session, ObservableList<InstrumentRow> known) {
        this.session = session;
        this.calls = new IdentityCalls(session);
        this.source = new InstrumentField(known);
        feeType.addListener(o -> problem.set(check()));
        source.summaryProperty().addListener(o -> problem.set(check()));
        source.errorProperty().addListener(o -> problem.set(check()));
        action = new MoneyAction<ChargeFee.Request, ChargeFee>(session, (client, r, options) -> client.fees().charge(
                r.feeType(), r.source(),
                options), new MoneyAction.Wording<>(Operation.FEE_CHARGE, Messages.get("fees.sendAction"),
                a -> Messages.get("fees.journal", a.request().feeType(), a.request().source().id(), a.ref()),
                a -> a.request().source().id(), fee -> fee.transactionId().id(),
                fee -> Messages.get("fees.done", fee.feeType(), fee.transactionId().id(),
                        Money.format(-fee.availableBalanceAdjustment().amount(),
                                fee.availableBalanceAdjustment().currency()),
                        Messages.get(fee.source() == null || fee.source().isAccount() ? "fees.account" : "fees.card"),
                        fee.source() == null ? source.idProperty().get() : fee.source().id())),
                fee -> {
                    source.idProperty().set(""); // disarmed: another fee needs its source again
                    session.notifier().info(Messages.get("fees.doneShort", fee.feeType(),
                            fee.transactionId().id()));
                })
                .askBeforeRepeating(r -> r.feeType() + "|" + r.source().type() + "/" + r.source().id());
        canSubmit = Bindings.createBooleanBinding(() -> !action.busyProperty().get() && problem.get().isEmpty()
                && source.summaryProperty().get() != null && !feeTypeText().isEmpty(), action.busyProperty(),
                problem, feeType, source.summaryProperty());
        session.onContextChange(() -> {
            source.idProperty().set("");
            feeType.set("");
            loadFeeTypes();
        });
        loadFeeTypes();
    }

    // ---- commands

    public void checkSource() {
        source.check(calls, action::failCheck, action::checkPassed);
    }

    /** Validates, asks to confirm naming the fee, then charges; an invalid form shows its first problem and part. */
    @Override
    public void submit() {
        if (action.busyProperty().get()) {
            return;
        }
        problemAt.set(null);
        String why = check();
        InstrumentSummary from = source.summaryProperty().get();
        if (!why.isEmpty() || from == null || feeTypeText().isEmpty()) {
            problem.set(firstProblem(why));
            problemAt.set(feeTypeText().isEmpty() || unknownType() ? FormPart.FEE_TYPE : FormPart.SOURCE);
            return;
        }
        ChargeFee.Request request = new ChargeFee.Request(feeTypeText(), from.id());
        if (!action.confirmIfRepeated(request)) {
            return;
        }
        OptionalLong fee = fee(from);
        String amount = fee.isPresent() ? Money.format(fee.getAsLong(), from.currency())
                : Messages.get("fees.amountUnknown");
        if (!session.dialogs().confirm(Messages.get("fees.confirmTitle"), Messages.get("fees.confirmQuestion",
                request.feeType(), amount, from.name()) + "\n" + Messages.get("transfers.confirmOnce"),
                Messages.get("fees.confirmButton"))) {
            return;
        }
        action.sendConfirmed(request);
    }

    // ---- helpers

    /** The first problem, in reading order (fee type, then source), or "". */
    private String check() {
        if (unknownType()) {
            return Messages.get("fees.unknownType", String.join(", ", feeTypes));
        }
        InstrumentSummary from = source.summaryProperty().get();
        if (from == null) {
            return "";
        }
        OptionalLong fee = fee(from);
        if (fee.isPresent() && from.available() != null && from.available() < fee.getAsLong()) {
            return Messages.get("fees.insufficient", Money.format(from.available(), from.currency()),
                    Money.format(fee.getAsLong(), from.currency()));
        }
        return "";
    }

    private boolean unknownType() {
        return !feeTypes.isEmpty() && !feeTypeText().isEmpty() && !feeTypes.contains(feeTypeText());
    }

    /** The problem to show on a refused submit: the check's, else what is missing, in reading order. */
    private String firstProblem(String why) {
        if (feeTypeText().isEmpty()) {
            return Messages.get("fees.typeMissing");
        }
        if (!why.isEmpty()) {
            return why;
        }
        String own = source.errorProperty().get();
        return own != null && !own.isBlank() ? own : source.hasValidId()
                ? Messages.get("transfers.unread", Messages.get("fees.source")) : Messages.get("transfers.sourceMissing");
    }

    private OptionalLong fee(InstrumentSummary from) {
        return session.connection() == null ? OptionalLong.empty()
                : session.connection().fees().customFee(feeTypeText(), from.currency());
    }

    /** The typed fee type, trimmed; empty when none (the editable combo box sets null when its items change). */
    private String feeTypeText() {
        return feeType.get() == null ? "" : feeType.get().trim();
    }

    private void loadFeeTypes() {
        feeTypes.setAll(session.connection() == null ? List.of() : session.connection().fees().feeTypes());
        if (feeTypeText().isEmpty() && !feeTypes.isEmpty()) {
            feeType.set(feeTypes.get(0));
        }
    }

    // ---- accessors

    public StringProperty feeTypeProperty() {
        return feeType;
    }

    public ObservableList<String> feeTypes() {
        return feeTypes;
    }

    public InstrumentField source() {
        return source;
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

    @Override
    public MoneyAction<?, ?> action() {
        return action;
    }
}
