package backoffice.app.transfers;

import backoffice.app.ConsoleSession;
import backoffice.app.IdentityCalls;
import backoffice.app.ui.ErrorReport;
import backoffice.client.ApiResult;
import backoffice.client.BackOfficeClient;
import backoffice.client.RequestOptions;
import backoffice.journal.JournalEntry;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The life of one confirmed money movement (a transfer or a fee): sent with its idempotency-ref, journaled as an
 * attempt and then as OK, FAILED or UNKNOWN. When the answer is lost or the server failed, the attempt stays
 * pending and {@link #retry()} resends the same request with the same ref; a definite refusal ends it.
 */
public final class MoneyAction<Q, A> {

    /** Sends a request with its options as the impersonated identity. */
    @FunctionalInterface
    public interface Sender<Q, A> {
        ApiResult<A> send(BackOfficeClient client, Q request, RequestOptions options);
    }

    /** What the action says about itself: journal operations, texts for the agent. */
    public record Wording<Q, A>(String operation, String action, Function<PendingAttempt<Q>, String> detail,
                         Function<PendingAttempt<Q>, String> target, Function<A, String> doneTarget,
                         Function<A, String> result) {
    }

    private final ConsoleSession session;
    private final IdentityCalls calls;
    private final Sender<Q, A> sender;
    private final Wording<Q, A> wording;
    private final Consumer<A> afterSuccess;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<ErrorReport> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canRetry = new ReadOnlyBooleanWrapper();
    private PendingAttempt<Q> pending;
    private Function<Q, String> sameOrder;

    private static final java.time.format.DateTimeFormatter CLOCK = java.time.format.DateTimeFormatter
            .ofPattern("HH:mm:ss").withZone(java.time.ZoneId.systemDefault());

    public MoneyAction(ConsoleSession session, Sender<Q, A> sender, Wording<Q, A> wording, Consumer<A> afterSuccess) {
        this.session = session;
        this.calls = new IdentityCalls(session);
        this.sender = sender;
        this.wording = wording;
        this.afterSuccess = afterSuccess;
        session.onContextChange(this::reset);
    }

    /**
     * Asks before a repeat: orders with the same {@code key} (source, destination or fee type, amount) sent in the
     * last ten minutes are named in a question before a new one goes out.
     */
    public MoneyAction<Q, A> askBeforeRepeating(Function<Q, String> key) {
        this.sameOrder = key;
        return this;
    }

    /** True unless the same order went out in the last ten minutes and the agent does not want another. */
    public boolean confirmIfRepeated(Q request) {
        if (sameOrder == null || (pending != null && pending.request().equals(request))) {
            return true;
        }
        return session.recentOrders().sentRecently(orderKey(request)).map(earlier -> session.dialogs().confirm(
                backoffice.app.Messages.get("orders.repeatTitle"), backoffice.app.Messages.get("orders.repeatQuestion",
                        wording.action(), earlier.id(), CLOCK.format(earlier.at())),
                backoffice.app.Messages.get("orders.repeatConfirm"))).orElse(true);
    }

    /** Forgets the pending attempt, the result and the error (after a switch of environment or identity). */
    public void reset() {
        pending = null;
        canRetry.set(false);
        error.set(null);
        result.set("");
    }

    private String orderKey(Q request) {
        return wording.operation() + "|" + session.environmentLabel() + "|" + session.identityLabel() + "|"
                + sameOrder.apply(request);
    }

    /** Whether another request's outcome is still unknown. */
    public boolean hasOtherPending(Q request) {
        return pending != null && !pending.request().equals(request);
    }

    /** Sends a confirmed request: the same request as the pending one keeps its ref, a new one gets a new ref. */
    public void sendConfirmed(Q request) {
        send(pending != null && pending.request().equals(request) ? pending : PendingAttempt.confirmed(request));
    }

    public void retry() {
        if (pending != null) {
            send(pending);
        }
    }

    public String pendingRef() {
        return pending == null ? null : pending.ref();
    }

    private void send(PendingAttempt<Q> attempt) {
        pending = attempt;
        canRetry.set(false);
        error.set(null);
        result.set("");
        String detail = wording.detail().apply(attempt);
        session.audit().record(wording.operation() + "_ATTEMPT", wording.target().apply(attempt), "SENT", null,
                detail);
        calls.run(wording.action(), client -> sender.send(client, attempt.request(), attempt.options()), busy,
                done -> {
                    pending = null;
                    if (sameOrder != null) {
                        session.recentOrders().remember(orderKey(attempt.request()),
                                wording.doneTarget().apply(done.value()));
                    }
                    result.set(wording.result().apply(done.value()));
                    session.audit().record(wording.operation(), wording.doneTarget().apply(done.value()),
                            JournalEntry.OK, done.requestRef(), detail);
                    afterSuccess.accept(done.value());
                }, report -> {
                    boolean unresolved = report.kind() == ErrorReport.Kind.RETRY
                            || report.kind() == ErrorReport.Kind.UNKNOWN_OUTCOME;
                    if (!unresolved) {
                        pending = null;
                    }
                    canRetry.set(unresolved);
                    error.set(report);
                    session.audit().record(wording.operation(), wording.target().apply(attempt),
                            unresolved ? "UNKNOWN" : JournalEntry.FAILED, report.requestRef(),
                            (report.errorCode() == null ? "" : report.errorCode() + " ") + detail);
                });
    }

    public void fail(ErrorReport report) {
        error.set(report);
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
}
