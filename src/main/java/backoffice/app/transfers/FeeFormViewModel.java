package backoffice.app.transfers;

import backoffice.app.ConsoleSession;
import backoffice.app.IdentityCalls;
import backoffice.app.Messages;
import backoffice.app.ui.ErrorReport;
import backoffice.app.ui.Money;
import backoffice.client.model.ChargeFee;
import backoffice.journal.JournalEntry;
import java.util.OptionalLong;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Charging a custom fee: fee type and source, confirmed with the amount, idempotent like a transfer. */
public final class FeeFormViewModel {

    // ---- dependencies
    private final ConsoleSession session;
    private final IdentityCalls calls;

    // ---- properties
    private final StringProperty feeType = new SimpleStringProperty("");
    private final ObservableList<String> feeTypes = FXCollections.observableArrayList();
    private final InstrumentField source = new InstrumentField();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<ErrorReport> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canRetry = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canSubmit;
    private PendingAttempt<ChargeFee.Request> pending;

    public FeeFormViewModel(ConsoleSession session) {
        this.session = session;
        this.calls = new IdentityCalls(session);
        feeType.addListener(o -> problem.set(check()));
        source.summaryProperty().addListener(o -> problem.set(check()));
        canSubmit = Bindings.createBooleanBinding(() -> !busy.get() && problem.get().isEmpty()
                && source.summaryProperty().get() != null && !feeType.get().isBlank(), busy, problem, feeType,
                source.summaryProperty());
        session.connectionProperty().addListener((o, a, now) -> loadFeeTypes());
        session.impersonationProperty().addListener((o, a, now) -> {
            pending = null;
            canRetry.set(false);
        });
        loadFeeTypes();
    }

    // ---- commands

    public void checkSource() {
        source.check(calls, error::set);
    }

    public void submit() {
        String why = check();
        InstrumentSummary from = source.summaryProperty().get();
        if (!why.isEmpty() || from == null || feeType.get().isBlank()) {
            problem.set(why);
            return;
        }
        ChargeFee.Request request = new ChargeFee.Request(feeType.get().trim(), from.id());
        OptionalLong fee = fee(from);
        String amount = fee.isPresent() ? Money.format(fee.getAsLong(), from.currency())
                : Messages.get("fees.amountUnknown");
        if (!session.dialogs().confirm(Messages.get("fees.confirmTitle"), Messages.get("fees.confirmQuestion",
                request.feeType(), amount, from.name()) + "\n" + Messages.get("transfers.confirmOnce"),
                Messages.get("fees.confirmButton"))) {
            return;
        }
        send(pending != null && pending.request().equals(request) ? pending : PendingAttempt.confirmed(request));
    }

    public void retry() {
        if (pending != null) {
            send(pending);
        }
    }

    // ---- helpers

    private void send(PendingAttempt<ChargeFee.Request> attempt) {
        pending = attempt;
        canRetry.set(false);
        error.set(null);
        result.set("");
        ChargeFee.Request r = attempt.request();
        String detail = Messages.get("fees.journal", r.feeType(), r.source().id(), attempt.ref());
        session.audit().record("FEE_ATTEMPT", r.source().id(), "SENT", null, detail);
        calls.run(Messages.get("fees.sendAction"), client -> client.fees().charge(r.feeType(), r.source(),
                attempt.options()), busy, done -> {
                    ChargeFee fee = done.value();
                    pending = null;
                    result.set(Messages.get("fees.done", fee.feeType(), fee.transactionId().id(),
                            Money.format(-fee.availableBalanceAdjustment().amount(),
                                    fee.availableBalanceAdjustment().currency())));
                    session.audit().record("FEE_CHARGE", fee.transactionId().id(), JournalEntry.OK,
                            done.requestRef(), detail);
                    source.refresh(calls);
                }, report -> {
                    boolean unresolved = report.kind() == ErrorReport.Kind.RETRY
                            || report.kind() == ErrorReport.Kind.UNKNOWN_OUTCOME;
                    if (!unresolved) {
                        pending = null;
                    }
                    canRetry.set(unresolved);
                    error.set(report);
                    session.audit().record("FEE_CHARGE", r.source().id(), unresolved ? "UNKNOWN"
                            : JournalEntry.FAILED, report.requestRef(), (report.errorCode() == null ? ""
                            : report.errorCode() + " ") + detail);
                });
    }

    private String check() {
        InstrumentSummary from = source.summaryProperty().get();
        if (from == null) {
            return "";
        }
        OptionalLong fee = fee(from);
        if (fee.isPresent() && from.available() != null && from.available() < fee.getAsLong()) {
            return Messages.get("fees.insufficient", Money.format(from.available(), from.currency()),
                    Money.format(fee.getAsLong(), from.currency()));
        }
        if (!feeTypes.isEmpty() && !feeType.get().isBlank() && !feeTypes.contains(feeType.get().trim())) {
            return Messages.get("fees.unknownType", String.join(", ", feeTypes));
        }
        return "";
    }

    private OptionalLong fee(InstrumentSummary from) {
        return session.connection() == null ? OptionalLong.empty()
                : session.connection().fees().customFee(feeType.get().trim(), from.currency());
    }

    private void loadFeeTypes() {
        feeTypes.setAll(session.connection() == null ? java.util.List.of() : session.connection().fees().feeTypes());
        if (feeType.get().isBlank() && !feeTypes.isEmpty()) {
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

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<ErrorReport> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRetryProperty() {
        return canRetry.getReadOnlyProperty();
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }

}
