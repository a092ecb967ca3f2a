package backoffice.sandbox.routes;

import backoffice.client.model.CardReplacement;
import backoffice.client.model.InstrumentState;
import backoffice.client.model.InstrumentState.BlockedReason;
import backoffice.client.model.InstrumentState.DestroyedReason;
import backoffice.client.model.InstrumentState.State;
import backoffice.client.model.ManagedCard;
import backoffice.client.model.ManagedCard.CardBrand;
import backoffice.client.model.PhysicalCardDetails;
import backoffice.client.model.PhysicalCardDetails.DeliveryMethod;
import backoffice.client.model.PhysicalCardDetails.ManufacturingState;
import backoffice.sandbox.http.Body;
import backoffice.sandbox.http.Exchange;
import backoffice.sandbox.http.Reply;
import backoffice.sandbox.http.Router;
import backoffice.sandbox.http.SandboxError;
import backoffice.sandbox.store.Account;
import backoffice.sandbox.store.Card;
import backoffice.sandbox.store.CardIssuing;
import backoffice.sandbox.store.Identity;
import backoffice.sandbox.store.Programme;
import backoffice.sandbox.store.SandboxState;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The admin face's cards: issue one (with the optional facts the published contract has: brand, renewal, single
 * spend, authorised user, physical delivery and tracking), set what a processor would (every state/reason pair the
 * published contract allows, NOT_ENABLED included), and replace one.
 */
public final class AdminCardRoutes {

    private static final Pattern TRACKING = Pattern.compile("^[A-Za-z0-9 _-]{1,50}$");
    private static final Pattern URL = Pattern.compile("^https://[^\\s]{1,250}$");

    private final SandboxState state;
    private final Function<Exchange, Programme> admin;

    AdminCardRoutes(SandboxState state, Function<Exchange, Programme> admin) {
        this.state = state;
        this.admin = admin;
    }

    void register(Router router, String base) {
        router.add("POST", base + "/managed_cards", this::createCard);
        router.add("POST", base + "/managed_cards/{id}/state", this::cardState);
        router.add("POST", base + "/managed_cards/{id}/replace", this::replace);
    }

    private Reply createCard(Exchange ex) {
        Programme p = admin.apply(ex);
        Body body = ex.jsonObject();
        String identityId = body.id("identityId", true);
        String mode = body.oneOf("mode", Set.of(ManagedCard.PREPAID, ManagedCard.DEBIT), true);
        String type = body.oneOf("type", Set.of("VIRTUAL", "PHYSICAL"), false);
        String parentId = body.id("parentManagedAccountId", false);
        String ccy = AdminRoutes.currency(body, p, "currency", false);
        String name = AdminRoutes.friendlyName(body);
        String nameOnCard = body.text("nameOnCard", false);
        if (nameOnCard != null && nameOnCard.length() > 27) {
            body.reject("nameOnCard", "AT_MOST", "nameOnCard must be at most 27 characters");
        }
        String tag = AdminRoutes.tag(body);
        CardBrand brand = body.oneOf("cardBrand", CardBrand.class, false);
        String renewal = body.oneOf("renewalType", Set.of(ManagedCard.RENEW, ManagedCard.NO_RENEW), false);
        Boolean singleSpend = body.bool("singleSpend");
        String userId = body.id("userId", false);
        PhysicalCardDetails physical = physical(body, "PHYSICAL".equals(type));
        if (ManagedCard.DEBIT.equals(mode) && parentId == null && body.valid()) {
            body.reject("parentManagedAccountId", "REQUIRED", "a debit card needs its parent account");
        }
        if (ManagedCard.PREPAID.equals(mode) && ccy == null && body.valid()) {
            body.reject("currency", "REQUIRED", "a prepaid card needs a currency");
        }
        body.check();
        Identity owner = AdminRoutes.ownIdentity(state, p, identityId);
        if (userId != null && state.users().user(userId).filter(u -> u.identityId().equals(owner.id())).isEmpty()) {
            throw SandboxError.badRequest("userId", "INVALID_TYPE_OR_VALUE",
                    "no authorised user of this identity has that id");
        }
        Account parent = null;
        if (ManagedCard.DEBIT.equals(mode)) {
            parent = state.account(parentId).filter(a -> a.identityId().equals(owner.id()))
                    .orElseThrow(() -> SandboxError.badRequest("parentManagedAccountId", "INVALID_TYPE_OR_VALUE",
                            "no account of this identity has that id"));
            ccy = parent.currency();
        }
        long now = state.now();
        Card.Spec spec = CardIssuing.cardSpec(ThreadLocalRandom.current(), owner, mode, type == null ? "VIRTUAL" : type,
                parentId, nameOnCard, now, brand == null ? CardBrand.MASTERCARD : brand, physical);
        Card.Options options = new Card.Options(Card.Options.DEFAULT.renewalType(), Boolean.TRUE.equals(singleSpend),
                userId);
        Card card = state.addCard(owner, ccy, name, tag, now, spec, options);
        if (renewal != null) {
            state.setRenewal(card, renewal);
        }
        return Reply.json(201, card.toModel(parent));
    }

    /** The optional {@code physicalCardDetails}: only a physical card has one; defaults to delivered and active. */
    private static PhysicalCardDetails physical(Body body, boolean physicalCard) {
        if (!body.object("physicalCardDetails", false)) {
            return null;
        }
        if (!physicalCard) {
            body.reject("physicalCardDetails", "MUST_BE_EMPTY", "only a PHYSICAL card has physicalCardDetails");
            return null;
        }
        String f = "physicalCardDetails.";
        ManufacturingState made = body.oneOf(f + "manufacturingState", ManufacturingState.class, false);
        DeliveryMethod method = body.oneOf(f + "deliveryMethod", DeliveryMethod.class, false);
        String code = body.matching(f + "deliveryTrackingCode", TRACKING, false);
        String how = body.matching(f + "deliveryTrackingMethod", TRACKING, false);
        String url = body.matching(f + "deliveryTrackingUrl", URL, false);
        Boolean pinBlocked = body.bool(f + "pinBlocked");
        Boolean pending = body.bool(f + "pendingActivation");
        made = made == null ? ManufacturingState.DELIVERED : made;
        return new PhysicalCardDetails(pending == null ? made != ManufacturingState.DELIVERED : pending, "DEFAULT",
                "STANDARD", Boolean.TRUE.equals(pinBlocked), made, null,
                method == null ? DeliveryMethod.STANDARD_DELIVERY : method, code, how, url, false, null);
    }

    /** Every state/reason pair of the published contract; NOT_ENABLED takes no reason, ACTIVE is not settable. */
    private Reply cardState(Exchange ex) {
        Programme p = admin.apply(ex);
        String id = ex.pathId("id");
        Body body = ex.jsonObject();
        State target = body.oneOf("state", State.class, true);
        InstrumentState next = null;
        if (target == State.ACTIVE) {
            body.reject("state", "IN", "state must be BLOCKED, DESTROYED or NOT_ENABLED");
        } else if (target == State.NOT_ENABLED) {
            if (body.has("reason")) {
                body.reject("reason", "MUST_BE_EMPTY", "a NOT_ENABLED card has no reason");
            }
            next = new InstrumentState(State.NOT_ENABLED, null, null);
        } else if (target == State.BLOCKED) {
            next = new InstrumentState(State.BLOCKED, body.oneOf("reason", BlockedReason.class, true), null);
        } else if (target == State.DESTROYED) {
            next = new InstrumentState(State.DESTROYED, null, body.oneOf("reason", DestroyedReason.class, true));
        }
        body.check();
        Card card = programmeCard(p, id);
        state.setState(card, next);
        return Reply.noContent();
    }

    /**
     * 201 the new card (same owner, mode, type, currency, parent, names, options; a new number; a physical one is
     * REQUESTED again). The old card is DESTROYED and names its replacement. A prepaid card still holding money is
     * refused with 409 BALANCE_NOT_ZERO (as remove is), a card already replaced with 409 INSTRUMENT_ALREADY_REMOVED.
     */
    private Reply replace(Exchange ex) {
        Programme p = admin.apply(ex);
        String id = ex.pathId("id");
        Body body = ex.jsonObject();
        CardReplacement.Reason reason = body.oneOf("reason", CardReplacement.Reason.class, true);
        body.check();
        Card fresh = CardIssuing.replace(state, programmeCard(p, id), reason, ThreadLocalRandom.current(), state.now());
        Account parent = fresh.isDebit() ? state.account(fresh.spec().parentAccountId()).orElse(null) : null;
        return Reply.json(201, fresh.toModel(parent));
    }

    private Card programmeCard(Programme p, String id) {
        return state.card(id).filter(c -> c.programmeId().equals(p.id()))
                .orElseThrow(() -> SandboxError.notFound("Managed card not found"));
    }
}
