package backoffice.sandbox.routes;

import backoffice.sandbox.http.Exchange;
import backoffice.sandbox.http.Reply;
import backoffice.sandbox.http.Router;
import backoffice.sandbox.http.SandboxError;
import backoffice.sandbox.store.Account;
import backoffice.sandbox.store.Card;
import backoffice.sandbox.store.SandboxState;

/**
 * Reading cards and accounts. A card of another identity answers 401 (as the real API does for card reads); an
 * account of another identity answers 404.
 */
public final class InstrumentRoutes {

    private final SandboxState state;
    private final Auth auth;

    public InstrumentRoutes(SandboxState state, Auth auth) {
        this.state = state;
        this.auth = auth;
    }

    public void register(Router router, String base) {
        router.add("GET", base + "/managed_cards/{id}", this::getCard);
        router.add("GET", base + "/managed_accounts/{id}", this::getAccount);
    }

    private Reply getCard(Exchange ex) {
        Caller caller = auth.caller(ex);
        if (ex.path("id").isEmpty()) {
            throw SandboxError.notFound("No card id given");
        }
        Card card = state.card(ex.pathId("id")).orElseThrow(() -> SandboxError.notFound("Managed card not found"));
        if (!card.identityId().equals(caller.identity().id())) {
            throw SandboxError.status(401);
        }
        Account parent = card.isDebit() ? state.account(card.spec().parentAccountId()).orElse(null) : null;
        return Reply.ok(card.toModel(parent));
    }

    private Reply getAccount(Exchange ex) {
        Caller caller = auth.caller(ex);
        Account account = state.account(ex.pathId("id"))
                .filter(a -> a.identityId().equals(caller.identity().id()))
                .orElseThrow(() -> SandboxError.notFound("Managed account not found"));
        return Reply.ok(account.toModel());
    }
}
