package backoffice.app.command;

import backoffice.app.ConsoleSession;
import backoffice.app.Messages;
import backoffice.app.ui.ErrorReport;
import backoffice.client.ApiResult;
import backoffice.client.BackOfficeClient;
import backoffice.client.RequestOptions;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The life of one confirmed money movement (a transfer, a fee, a bulk): a {@link Command} run that holds its
 * idempotency-ref ({@link IdempotencyHold}), journaled as an attempt and then as OK, FAILED or UNKNOWN. When the
 * answer is lost or the server failed, the attempt stays pending and {@link #retry()} resends the same request with
 * the same ref; a definite refusal ends it. After success the form's {@code disarm} runs, so a second click sends
 * nothing.
 */
public final class MoneyAction<Q, A> implements CommandBacked {

    /** Sends a request with its options as the impersonated identity. */
    @FunctionalInterface
    public interface Sender<Q, A> {
        ApiResult<A> send(BackOfficeClient client, Q request, RequestOptions options);
    }

    /** What the action says about itself: journal operation, texts for the agent. */
    public record Wording<Q, A>(Operation operation, String action, Function<PendingAttempt<Q>, String> detail,
                                Function<PendingAttempt<Q>, String> target, Function<A, String> doneTarget,
                                Function<A, String> result) {
    }

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    // ---- dependencies
    private final ConsoleSession session;
    private final Sender<Q, A> sender;
    private final Wording<Q, A> wording;
    private final Consumer<A> disarm;

    // ---- properties
    private final Command command;
    private final IdempotencyHold<Q> hold = new IdempotencyHold<>();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private Function<Q, String> sameOrder;
    private ErrorReport checkError;

    /** {@code disarm}: what the form clears after success, so that a second click or Enter sends nothing. */
    public MoneyAction(ConsoleSession session, Sender<Q, A> sender, Wording<Q, A> wording, Consumer<A> disarm) {
        this.session = session;
        this.sender = sender;
        this.wording = wording;
        this.disarm = disarm;
        this.command = new Command(session);
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

    // ---- commands

    /** True unless the same order went out in the last ten minutes and the agent does not want another. */
    public boolean confirmIfRepeated(Q request) {
        PendingAttempt<Q> pending = hold.pending();
        if (sameOrder == null || (pending != null && pending.request().equals(request))) {
            return true;
        }
        return session.recentOrders().sentRecently(orderKey(request)).map(earlier -> session.dialogs().confirmAgainstDefault(
                Messages.get("orders.repeatTitle"), Messages.get("orders.repeatQuestion", wording.action(),
                        earlier.id(), CLOCK.format(earlier.at())),
                Messages.get("orders.repeatConfirm"))).orElse(true);
    }

    /** Forgets the pending attempt, the result and the error (after a switch of environment or identity). */
    public void reset() {
        hold.reset();
        command.clearError();
        result.set("");
    }

    /** Whether another request's outcome is still unknown. */
    public boolean hasOtherPending(Q request) {
        return hold.hasOther(request);
    }

    /** Sends a confirmed request: the same request as the pending one keeps its ref, a new one gets a new ref. */
    public void sendConfirmed(Q request) {
        send(hold.attemptFor(request));
    }

    /** Sends the pending request again with its ref; nothing while a send is on its way or nothing is pending. */
    public void retry() {
        if (hold.pending() != null) {
            send(hold.pending());
        }
    }

    public String pendingRef() {
        return hold.pending() == null ? null : hold.pending().ref();
    }

    public void fail(ErrorReport report) {
        command.fail(report);
    }

    /** A source or destination could not be read: shown like any error (errorCode, request-ref) until it reads. */
    public void failCheck(ErrorReport report) {
        checkError = report;
        command.fail(report);
    }

    /** A source or destination was read: the error of an earlier failed read goes (a send's error stays). */
    public void checkPassed() {
        if (checkError != null && checkError == command.errorProperty().get()) {
            command.clearError();
        }
        checkError = null;
    }

    // ---- helpers

    private String orderKey(Q request) {
        return wording.operation() + "|" + session.environmentLabel() + "|" + session.identityLabel() + "|"
                + sameOrder.apply(request);
    }

    private void send(PendingAttempt<Q> attempt) {
        if (command.runningProperty().get()) {
            return;
        }
        result.set("");
        command.asIdentity(wording.action(), client -> sender.send(client, attempt.request(), attempt.options()))
                .holding(hold, attempt)
                .journal(wording.operation(), wording.target().apply(attempt), wording.detail().apply(attempt))
                .targetOnSuccess(done -> wording.doneTarget().apply(done.value()))
                .onSuccess(done -> {
                    if (sameOrder != null) {
                        session.recentOrders().remember(orderKey(attempt.request()),
                                wording.doneTarget().apply(done.value()));
                    }
                    result.set(wording.result().apply(done.value()));
                    disarm.accept(done.value());
                })
                .execute();
    }

    // ---- accessors

    /** The command that sends: its {@code executable} is false while a send is on its way. */
    @Override
    public Command command() {
        return command;
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRetryProperty() {
        return hold.canRetryProperty();
    }
}
