package backoffice.sandbox.routes;

import backoffice.client.codes.ErrorCode;
import backoffice.client.model.InstrumentState;
import backoffice.sandbox.http.Body;
import backoffice.sandbox.http.Exchange;
import backoffice.sandbox.http.Reply;
import backoffice.sandbox.http.Router;
import backoffice.sandbox.http.SandboxError;
import backoffice.sandbox.store.Card;
import backoffice.sandbox.store.CardStates;
import backoffice.sandbox.store.Features;
import backoffice.sandbox.store.SandboxState;
import backoffice.sandbox.store.SpendRulesBook;
import java.util.Set;

/**
 * Card actions and spend rules. Who may touch a card follows the API's quirks: another identity's card is 401 on
 * spend rules (as on GET) but 404 on block, unblock and remove. An empty id answers 405 on the POST/PATCH/DELETE
 * routes and 400 on GET spend rules, as the real routing does. There is no {@code PUT} on spend rules in v3: it
 * answers 405.
 */
public final class CardRoutes {

    private final SandboxState state;
    private final Auth auth;
    private final CardStates states;
    private final SpendRulesBook rules;

    public CardRoutes(SandboxState state, Auth auth) {
        this.state = state;
        this.auth = auth;
        this.states = new CardStates(state);
        this.rules = new SpendRulesBook(state);
    }

    public void register(Router router, String base) {
        String card = base + "/managed_cards/{id}";
        router.add("POST", card + "/block", ex -> action(ex, states::block));
        router.add("POST", card + "/unblock", ex -> action(ex, states::unblock));
        router.add("POST", card + "/remove", ex -> action(ex, states::remove));
        router.add("PATCH", card + "/renewal", this::renewal);
        router.add("GET", card + "/spend_rules", this::getRules);
        router.add("POST", card + "/spend_rules", ex -> {
            rules.create(ruleCard(ex, true), SpendRuleRequests.parse(ex.jsonObject(), false));
            return Reply.noContent();
        });
        router.add("PATCH", card + "/spend_rules", ex -> {
            rules.update(ruleCard(ex, true), SpendRuleRequests.parse(ex.jsonObject(), true));
            return Reply.noContent();
        });
        router.add("DELETE", card + "/spend_rules", ex -> {
            rules.delete(ruleCard(ex, true));
            return Reply.noContent();
        });
    }

    private interface CardAction {
        void apply(Card card);
    }

    /** block / unblock / remove: another identity's card, or an unknown one, is 404 and stays unchanged. */
    private Reply action(Exchange ex, CardAction action) {
        Caller caller = auth.caller(ex);
        emptyIdIsNotAllowed(ex);
        Card card = state.card(ex.pathId("id")).filter(c -> c.identityId().equals(caller.identity().id()))
                .orElseThrow(() -> SandboxError.notFound("Managed card not found"));
        action.apply(card);
        return Reply.noContent();
    }

    /**
     * {@code PATCH /renewal}: a restricted feature (403 INSUFFICIENT_PERMISSIONS without it); a destroyed card is
     * 409 INSTRUMENT_DESTROYED. Setting the type it already has is a 204 that changes nothing, so an
     * {@code idempotency-ref} needs no bookkeeping. RENEWAL_TYPE_NOT_SUPPORTED_BY_PROFILE is never answered: the
     * sandbox's card profiles support both types.
     */
    private Reply renewal(Exchange ex) {
        Caller caller = auth.callerWith(ex, Features::cardRenewal);
        emptyIdIsNotAllowed(ex);
        Body body = ex.jsonObject();
        String type = body.oneOf("renewalType", Set.of("RENEW", "NO_RENEW"), true);
        body.check();
        Card card = owned(ex, caller);
        if (card.state().state() == InstrumentState.State.DESTROYED) {
            throw SandboxError.conflict(ErrorCode.INSTRUMENT_DESTROYED);
        }
        state.setRenewal(card, type);
        return Reply.noContent();
    }

    private Reply getRules(Exchange ex) {
        Caller caller = auth.caller(ex);
        if (ex.path("id").isEmpty()) {
            throw SandboxError.badRequest("id", "REQUIRED", "A card id is required");
        }
        return Reply.ok(rules.view(owned(ex, caller)));
    }

    private Card ruleCard(Exchange ex, boolean write) {
        Caller caller = auth.caller(ex);
        if (write) {
            emptyIdIsNotAllowed(ex);
        }
        return owned(ex, caller);
    }

    /** Spend rules: unknown → 404, another identity's card → 401 (as the API). */
    private Card owned(Exchange ex, Caller caller) {
        Card card = state.card(ex.pathId("id")).orElseThrow(() -> SandboxError.notFound("Managed card not found"));
        if (!card.identityId().equals(caller.identity().id())) {
            throw SandboxError.status(401);
        }
        return card;
    }

    private static void emptyIdIsNotAllowed(Exchange ex) {
        if (ex.path("id").isEmpty()) {
            throw SandboxError.of(405, "METHOD_NOT_ALLOWED", "No card id in the path");
        }
    }

}
