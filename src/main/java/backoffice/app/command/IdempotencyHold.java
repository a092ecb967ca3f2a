package backoffice.app.command;

import backoffice.app.ui.ErrorReport;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The one money movement whose outcome is not known yet: its request and the idempotency-ref fixed when the agent
 * confirmed. The same request sent again (a retry, or the agent confirming the same order) reuses the ref; a
 * success or a definite refusal ends the attempt, so the next order gets a new ref.
 */
public final class IdempotencyHold<Q> {

    private final ReadOnlyBooleanWrapper canRetry = new ReadOnlyBooleanWrapper();
    private PendingAttempt<Q> pending;

    /** The attempt to send {@code request}: the pending one when it is the same request, else a new ref. */
    public PendingAttempt<Q> attemptFor(Q request) {
        return pending != null && pending.request().equals(request) ? pending : PendingAttempt.confirmed(request);
    }

    /** The attempt whose outcome is unknown, or null. */
    public PendingAttempt<Q> pending() {
        return pending;
    }

    /** Whether another request's outcome is still unknown. */
    public boolean hasOther(Q request) {
        return pending != null && !pending.request().equals(request);
    }

    /** Forgets the pending attempt (after a switch of environment or identity). */
    public void reset() {
        pending = null;
        canRetry.set(false);
    }

    /** Whether a failure leaves the outcome open: the server failed or the answer was lost. */
    public static boolean unresolved(ErrorReport report) {
        return report.kind() == ErrorReport.Kind.RETRY || report.kind() == ErrorReport.Kind.UNKNOWN_OUTCOME;
    }

    void holdAttempt(PendingAttempt<Q> attempt) {
        pending = attempt;
        canRetry.set(false);
    }

    void release() {
        pending = null;
    }

    /** Keeps the attempt for a retry when the outcome is open (true), ends it otherwise. */
    boolean settle(ErrorReport report) {
        boolean open = unresolved(report);
        if (!open) {
            pending = null;
        }
        canRetry.set(open);
        return open;
    }

    /** True while a pending attempt may be sent again. */
    public ReadOnlyBooleanProperty canRetryProperty() {
        return canRetry.getReadOnlyProperty();
    }
}
