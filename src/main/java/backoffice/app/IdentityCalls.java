package backoffice.app;

import backoffice.app.command.Operation;
import backoffice.app.command.Outcome;
import backoffice.app.task.BackgroundTask;
import backoffice.app.ui.ErrorPresenter;
import backoffice.app.ui.ErrorReport;
import backoffice.client.BackOfficeClient;
import backoffice.client.error.UnauthorizedException;
import backoffice.client.transfers.TransferFilter;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;

/**
 * Runs a call as the impersonated identity, in the background. When the server refuses the token (401: expired or
 * revoked), it asks the agent whether to impersonate the same identity again and, if so, gets a fresh token and
 * repeats the call once. Nothing the agent typed is touched: the call is rebuilt from the same inputs.
 */
public final class IdentityCalls {

    private final ConsoleSession session;

    public IdentityCalls(ConsoleSession session) {
        this.session = session;
    }

    public <T> void run(String action, Function<BackOfficeClient, T> call, BooleanProperty busy,
                        Consumer<T> onSuccess, Consumer<ErrorReport> onError) {
        Impersonation who = session.impersonation();
        if (who == null) {
            onError.accept(new ErrorReport(Messages.get("impersonation.required", action), null, null, null, null,
                    ErrorReport.Kind.OTHER));
            return;
        }
        busy.set(true);
        BackgroundTask.of(p -> call.apply(who.client()))
                .onSuccess(value -> {
                    busy.set(false);
                    onSuccess.accept(value);
                })
                .onFailure(e -> {
                    if (e instanceof UnauthorizedException) {
                        checkTokenThenOffer(who, action, e, call, busy, onSuccess, onError);
                    } else {
                        busy.set(false);
                        onError.accept(ErrorPresenter.present(action, e));
                    }
                })
                .runWith(session.runner());
    }

    /**
     * A 401 comes from an expired token but also from a by-id read of another identity's card (see the API notes):
     * a cheap read every identity may make tells which; only a refused token is worth impersonating again for.
     */
    private <T> void checkTokenThenOffer(Impersonation who, String action, Throwable refused,
                                         Function<BackOfficeClient, T> call, BooleanProperty busy,
                                         Consumer<T> onSuccess, Consumer<ErrorReport> onError) {
        BackgroundTask.of(p -> who.client().transfers().list(TransferFilter.NONE, 0, 1))
                .onSuccess(tokenWorks -> {
                    busy.set(false);
                    onError.accept(notOwned(action, refused));
                })
                .onFailure(e -> {
                    if (e instanceof UnauthorizedException && offerReimpersonation(who)) {
                        reimpersonateThenRetry(who, action, call, busy, onSuccess, onError);
                    } else {
                        busy.set(false);
                        onError.accept(ErrorPresenter.present(action, refused));
                    }
                })
                .runWith(session.runner());
    }

    private static ErrorReport notOwned(String action, Throwable refused) {
        ErrorReport r = ErrorPresenter.present(action, refused);
        return new ErrorReport(Messages.get("error.notOwned", action), r.errorCode(), r.requestRef(), null,
                r.details(), ErrorReport.Kind.OTHER);
    }

    private boolean offerReimpersonation(Impersonation who) {
        return session.dialogs().confirm(Messages.get("reimpersonate.title"),
                Messages.get("reimpersonate.question", who.identity().type(), who.identity().id()),
                Messages.get("reimpersonate.confirm"));
    }

    private <T> void reimpersonateThenRetry(Impersonation who, String action, Function<BackOfficeClient, T> call,
                                            BooleanProperty busy, Consumer<T> onSuccess,
                                            Consumer<ErrorReport> onError) {
        Connection connection = session.connection();
        BackgroundTask.of(p -> connection.client().impersonation().requestToken(who.identity()))
                .onSuccess(result -> {
                    Impersonation fresh = new Impersonation(who.identity(),
                            connection.client().impersonating(result.value().bearer()));
                    session.impersonationProperty().set(fresh);
                    session.audit().record(Operation.IMPERSONATE, who.identity().id(), Outcome.OK, result.requestRef(),
                            "re-impersonated after 401");
                    BackgroundTask.of(p -> call.apply(fresh.client())).onSuccess(onSuccess)
                            .onFailure(e -> onError.accept(ErrorPresenter.present(action, e)))
                            .onFinished(() -> busy.set(false)).runWith(session.runner());
                })
                .onFailure(e -> {
                    busy.set(false);
                    onError.accept(ErrorPresenter.present(Messages.get("impersonation.action"), e));
                })
                .runWith(session.runner());
    }
}
