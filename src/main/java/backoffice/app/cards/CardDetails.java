package backoffice.app.cards;

import backoffice.app.Messages;
import backoffice.app.ui.Money;
import backoffice.client.model.CardReplacement;
import backoffice.client.model.DigitalWallets;
import backoffice.client.model.InstrumentState;
import backoffice.client.model.ManagedCard;
import backoffice.client.model.PhysicalCardDetails;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the pane lists about a card, in the order an agent is asked about it: what it is and its state, money,
 * then the references and facts support calls turn on (external handle, renewal, single use, replacement, the
 * authorised user, wallets, delivery and PIN). Fields the server did not send read "-", never "null".
 */
final class CardDetails {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private CardDetails() {
    }

    static List<CardDetail> describe(ManagedCard c) {
        List<CardDetail> out = new ArrayList<>();
        out.add(new CardDetail(Messages.get("cards.d.name"), c.friendlyName()));
        out.add(new CardDetail(Messages.get("cards.d.number"), c.maskedNumber()));
        out.add(new CardDetail(Messages.get("cards.d.kind"), Messages.get("cards.kind", or(c.cardBrand()), or(c.type()),
                ManagedCard.DEBIT.equals(c.mode()) ? Messages.get("cards.debit") : Messages.get("cards.prepaid"))));
        out.add(new CardDetail(Messages.get("cards.d.state"), stateText(c.state())));
        out.add(CardDetail.copyable(Messages.get("cards.d.handle"), or(c.externalHandle()), true));
        if (c.balances() != null) {
            out.add(new CardDetail(Messages.get("cards.d.balance"), Messages.get("cards.balances",
                    Money.format(c.balances().availableBalance(), c.currency()),
                    Money.format(c.balances().actualBalance(), c.currency()))));
        } else {
            out.add(c.parentManagedAccountId() == null ? new CardDetail(Messages.get("cards.d.parent"), "-")
                    : CardDetail.openAccount(Messages.get("cards.d.parent"), c.parentManagedAccountId()));
            if (c.availableToSpend() != null && !c.availableToSpend().isEmpty() && (c.state() == null
                    || c.state().state() != InstrumentState.State.DESTROYED)) { // a destroyed card spends nothing
                var a = c.availableToSpend().get(0);
                out.add(new CardDetail(Messages.get("cards.d.toSpend"), Messages.get("cards.toSpend",
                        Money.format(a.value().amount(), a.value().currency()), a.interval())));
            }
        }
        out.add(new CardDetail(Messages.get("cards.d.currency"), or(c.currency())));
        out.add(new CardDetail(Messages.get("cards.d.expiry"), expiry(c)));
        out.add(new CardDetail(Messages.get("cards.d.renewal"), renewal(c)));
        out.add(new CardDetail(Messages.get("cards.d.nameOnCard"), or(c.nameOnCard())));
        out.add(new CardDetail(Messages.get("cards.d.singleSpend"), Messages.get(c.isSingleSpend()
                ? "cards.singleSpend.yes" : "cards.singleSpend.no")));
        out.add(c.userId() == null ? new CardDetail(Messages.get("cards.d.user"), Messages.get("cards.user.root"))
                : CardDetail.copyable(Messages.get("cards.d.user"), c.userId(), false));
        out.add(new CardDetail(Messages.get("cards.d.wallets"), wallets(c.digitalWallets())));
        out.add(CardDetail.copyable(Messages.get("cards.d.id"), c.id(), true));
        CardReplacement r = c.replacement();
        if (r != null && r.id() != null && !"0".equals(r.id())) {
            out.add(CardDetail.openCard(Messages.get("cards.d.replacement"), Messages.get("cards.replacedBy", r.id(),
                    or(r.reason())), r.id()));
        }
        physical(c.physicalCardDetails(), out);
        return out;
    }

    private static void physical(PhysicalCardDetails p, List<CardDetail> out) {
        if (p == null) {
            out.add(new CardDetail(Messages.get("cards.d.delivery"), Messages.get("cards.virtual")));
            return;
        }
        out.add(new CardDetail(Messages.get("cards.d.delivery"), Messages.get("cards.delivery",
                or(p.manufacturingState()), or(p.deliveryMethod()),
                p.pendingActivation() ? Messages.get("cards.pendingActivation") : Messages.get("cards.activated"))));
        out.add(new CardDetail(Messages.get("cards.d.pin"), Messages.get(p.isPinBlocked() ? "cards.pin.blocked"
                : "cards.pin.ok")));
        if (p.deliveryTrackingCode() != null) {
            String how = p.deliveryTrackingMethod() == null ? "" : " (" + p.deliveryTrackingMethod() + ")";
            out.add(new CardDetail(Messages.get("cards.d.tracking"), p.deliveryTrackingCode() + how,
                    CardDetail.Kind.COPY, p.deliveryTrackingCode(), false));
        }
        if (p.deliveryTrackingUrl() != null) {
            out.add(CardDetail.copyable(Messages.get("cards.d.trackingUrl"), p.deliveryTrackingUrl(), true));
        }
    }

    private static String renewal(ManagedCard c) {
        if (c.state() != null && c.state().state() == InstrumentState.State.DESTROYED) {
            // a removed card renews into nothing: "Renews at expiry" promised a new card (a walk-through)
            return Messages.get("cards.noRenewRemoved");
        }
        if (c.renewalType() == null) {
            return "-";
        }
        return c.renewalTimestamp() == null ? renewalText(c.renewalType()) : Messages.get("cards.renewalSince",
                renewalText(c.renewalType()), DAY.format(Instant.ofEpochMilli(c.renewalTimestamp())));
    }

    /** RENEW / NO_RENEW in words; an unknown value from the live API is shown as sent. */
    static String renewalText(String type) {
        return ManagedCard.RENEW.equals(type) ? Messages.get("cards.renews")
                : ManagedCard.NO_RENEW.equals(type) ? Messages.get("cards.noRenew") : type;
    }

    static String expiry(ManagedCard c) {
        return c.expiryMmyy() == null || c.expiryMmyy().length() != 4 ? "-"
                : c.expiryMmyy().substring(0, 2) + "/" + c.expiryMmyy().substring(2);
    }

    private static String wallets(DigitalWallets w) {
        if (w == null) {
            return "-";
        }
        if (!Boolean.TRUE.equals(w.walletsEnabled())) {
            return Messages.get("cards.wallets.off");
        }
        return Messages.get(Boolean.TRUE.equals(w.pushProvisioningEnabled()) ? "cards.wallets.push"
                : "cards.wallets.on");
    }

    static String stateText(InstrumentState s) {
        if (s == null || s.state() == null) {
            return "-";
        }
        if (s.state() == InstrumentState.State.NOT_ENABLED) {
            return Messages.get("cards.state.notEnabled");
        }
        String reason = s.blockedReason() != null ? s.blockedReason().name()
                : s.destroyedReason() != null ? s.destroyedReason().name() : null;
        return reason == null ? s.state().name() : Messages.get("cards.stateWithReason", s.state(), reason);
    }

    private static String or(Object value) {
        return value == null ? "-" : value.toString();
    }
}
