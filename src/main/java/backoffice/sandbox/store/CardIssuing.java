package backoffice.sandbox.store;

import backoffice.client.codes.ErrorCode;
import backoffice.client.model.Address;
import backoffice.client.model.CardReplacement;
import backoffice.client.model.InstrumentState;
import backoffice.client.model.InstrumentState.DestroyedReason;
import backoffice.client.model.InstrumentState.State;
import backoffice.client.model.ManagedCard.CardBrand;
import backoffice.client.model.PhysicalCardDetails;
import backoffice.client.model.PhysicalCardDetails.DeliveryMethod;
import backoffice.client.model.PhysicalCardDetails.ManufacturingState;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Random;

/** Issuing cards: the printed facts of a new card, and replacing one; used by the admin face and the demo seed. */
public final class CardIssuing {

    private static final DateTimeFormatter MMYY = DateTimeFormatter.ofPattern("MMyy").withZone(ZoneOffset.UTC);
    private static final Address BILLING = new Address(null, null, "1 Market Street", null, "Valletta", "VLT 1010",
            null, "MT", null);
    private static final Map<CardReplacement.Reason, DestroyedReason> DESTROYED_BY = Map.of(
            CardReplacement.Reason.DAMAGED, DestroyedReason.USER,
            CardReplacement.Reason.LOST_STOLEN, DestroyedReason.LOST,
            CardReplacement.Reason.EXPIRED, DestroyedReason.EXPIRED,
            CardReplacement.Reason.COMPROMISED, DestroyedReason.COMPROMISED);

    private CardIssuing() {
    }

    /** The printed facts of a new card, with a random brand (the demo seed's cards). */
    public static Card.Spec cardSpec(Random rnd, Identity owner, String mode, String type, String parentId,
                                     String nameOnCard, long issuedAt) {
        CardBrand brand = rnd.nextBoolean() ? CardBrand.VISA : CardBrand.MASTERCARD;
        return cardSpec(rnd, owner, mode, type, parentId, nameOnCard, issuedAt, brand, null);
    }

    /**
     * Invents the printed facts of a new card (a number whose first six and last four are kept). A physical card
     * without given details is delivered and active, to the holder at the billing address.
     */
    public static Card.Spec cardSpec(Random rnd, Identity owner, String mode, String type, String parentId,
                                     String nameOnCard, long issuedAt, CardBrand brand, PhysicalCardDetails given) {
        String firstSix = (brand == CardBrand.VISA ? "4" : "5") + (10000 + rnd.nextInt(89999));
        String lastFour = String.format("%04d", rnd.nextInt(10000));
        String holder = nameOnCard != null ? nameOnCard : owner.name();
        holder = holder.length() > 27 ? holder.substring(0, 27) : holder;
        PhysicalCardDetails physical = null;
        if ("PHYSICAL".equals(type)) {
            PhysicalCardDetails d = given != null ? given : new PhysicalCardDetails(false, "DEFAULT", "STANDARD",
                    false, ManufacturingState.DELIVERED, null, DeliveryMethod.STANDARD_DELIVERY, null, null, null,
                    false, null);
            physical = new PhysicalCardDetails(d.pendingActivation(), d.productReference(), d.carrierType(),
                    d.pinBlocked(), d.manufacturingState(), new Address(holder, "", "1 Market Street", null,
                    "Valletta", "VLT 1010", null, "MT", null), d.deliveryMethod(), d.deliveryTrackingCode(),
                    d.deliveryTrackingMethod(), d.deliveryTrackingUrl(), d.bulkDelivery(), d.replacement());
        }
        Instant issued = Instant.ofEpochMilli(issuedAt);
        return new Card.Spec(mode, type, brand, firstSix, lastFour, holder, MMYY.format(issued),
                MMYY.format(issued.atZone(ZoneOffset.UTC).plusYears(3)), owner.type().name(), parentId, BILLING,
                physical);
    }

    /**
     * Replaces {@code old} at {@code now}: the new card has the same owner, mode, type, currency, parent, names and
     * options and a new number (a physical one is REQUESTED again); the old one is DESTROYED and names its
     * replacement. A card still holding money is refused with BALANCE_NOT_ZERO, one already replaced with
     * INSTRUMENT_ALREADY_REMOVED.
     */
    public static Card replace(SandboxState state, Card old, CardReplacement.Reason reason, Random rnd, long now) {
        synchronized (state) {
            if (old.replacement() != null) {
                throw Refusal.conflict(ErrorCode.INSTRUMENT_ALREADY_REMOVED, "the card was already replaced");
            }
            if (old.holdsFunds() && (old.balances().availableBalance() != 0 || old.balances().actualBalance() != 0)) {
                throw Refusal.conflict(ErrorCode.BALANCE_NOT_ZERO);
            }
            Identity owner = state.identity(old.identityId()).orElseThrow();
            Card.Spec s = old.spec();
            PhysicalCardDetails made = s.physical() == null ? null : new PhysicalCardDetails(true, "DEFAULT",
                    "STANDARD", false, ManufacturingState.REQUESTED, null, s.physical().deliveryMethod(), null, null,
                    null, false, null);
            Card fresh = state.addCard(owner, old.currency(), old.friendlyName(), old.tag(), now, cardSpec(rnd, owner,
                    s.mode(), s.type(), s.parentAccountId(), s.nameOnCard(), now, s.brand(), made), old.options());
            state.markReplaced(old, new CardReplacement(fresh.id(), reason),
                    new InstrumentState(State.DESTROYED, null, DESTROYED_BY.get(reason)));
            return fresh;
        }
    }
}
