package backoffice.sandbox.seed;

import backoffice.client.model.CardReplacement;
import backoffice.client.model.InstrumentState;
import backoffice.client.model.ManagedCard;
import backoffice.client.model.ManagedCard.CardBrand;
import backoffice.client.model.PhysicalCardDetails;
import backoffice.client.model.PhysicalCardDetails.DeliveryMethod;
import backoffice.client.model.PhysicalCardDetails.ManufacturingState;
import backoffice.client.model.StatementEntry;
import backoffice.sandbox.routes.AdminCardRoutes;
import backoffice.sandbox.store.Account;
import backoffice.sandbox.store.Card;
import backoffice.sandbox.store.CardIssuing;
import backoffice.sandbox.store.Forex;
import backoffice.sandbox.store.Identity;
import backoffice.sandbox.store.Programme;
import backoffice.sandbox.store.Purchases;
import backoffice.sandbox.store.SandboxState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.ObjLongConsumer;

/**
 * The demo cards an agent gets asked about (sandbox.md §3), issued after the original data set so that its ids stay
 * as the README lists them: NOT_ENABLED, replaced and its replacement, single-spend, renewing, a physical card in
 * delivery with tracking, one with its PIN blocked; then purchases in foreign currencies and everyday activity on
 * Northwind's debit card from the end of the big ledger up to yesterday, so that "yesterday" always has entries.
 */
final class DemoExtras {

    private static final long DAY = Duration.ofDays(1).toMillis();

    private final SandboxState state;
    private final Programme programme;
    private final Random rnd;
    private final Instant anchor;

    DemoExtras(SandboxState state, Programme programme, Random rnd, Instant anchor) {
        this.state = state;
        this.programme = programme;
        this.rnd = rnd;
        this.anchor = anchor;
    }

    void load(Identity northwind, Account operating, Identity maria) {
        Card notEnabled = card(northwind, operating, "VIRTUAL", "New starter card", 12, CardBrand.MASTERCARD, null,
                Card.Options.DEFAULT);
        state.setState(notEnabled, new InstrumentState(InstrumentState.State.NOT_ENABLED, null, null));
        Card lost = card(northwind, operating, "PHYSICAL", "Sales team card", 40, CardBrand.MASTERCARD, null,
                Card.Options.DEFAULT);
        CardIssuing.replace(state, lost, CardReplacement.Reason.LOST_STOLEN, rnd, day(-2, 10));
        card(northwind, operating, "VIRTUAL", "One-off supplier payment", 5, CardBrand.VISA, null,
                new Card.Options(ManagedCard.NO_RENEW, true, null));
        card(northwind, operating, "PHYSICAL", "Warehouse card (on its way)", 3, CardBrand.MASTERCARD,
                new PhysicalCardDetails(true, "DEFAULT", "STANDARD", false, ManufacturingState.DISPATCHED, null,
                        DeliveryMethod.COURIER, "JD014600006281946721", "DHL Express",
                        "https://www.dhl.com/track?tracking-id=JD014600006281946721", false, null),
                new Card.Options(ManagedCard.RENEW, false, null));
        Account mariaMain = state.accountsOf(maria.id()).get(0);
        card(maria, mariaMain, "PHYSICAL", "Everyday card (PIN blocked)", 200, CardBrand.VISA,
                new PhysicalCardDetails(false, "DEFAULT", "STANDARD", true, ManufacturingState.DELIVERED, null,
                        DeliveryMethod.FIRST_CLASS_MAIL, null, null, null, false, null),
                new Card.Options(ManagedCard.RENEW, false, null));
    }

    /** A debit card on {@code funding}, issued {@code daysAgo} days before the start day. */
    private Card card(Identity owner, Account funding, String type, String name, int daysAgo, CardBrand brand,
                      PhysicalCardDetails physical, Card.Options options) {
        long issued = day(-daysAgo, 11);
        Card.Spec spec = CardIssuing.cardSpec(rnd, owner, ManagedCard.DEBIT, type, funding.id(), null, issued,
                brand, physical);
        return state.addCard(owner, funding.currency(), name, null, issued, spec, options);
    }

    /**
     * Three purchases a day on the debit card from the day after the ledger's last entry to yesterday, and a few
     * abroad (converted, with forexRate, sourceAmount and originalAmount) in the last days.
     */
    void recentActivity(Account operating, Card debit, ObjLongConsumer<Card> purchase) {
        List<StatementEntry> ledger = state.entries(operating);
        long last = ledger.get(ledger.size() - 1).processedTimestamp();
        long firstDay = Math.max(DemoSeed.startOfDay(last).toEpochMilli() + DAY, anchor.toEpochMilli() - 14 * DAY);
        for (long d = firstDay; d < anchor.toEpochMilli(); d += DAY) {
            for (int hour : new int[] {8, 13, 19}) {
                purchase.accept(debit, d + Duration.ofHours(hour).toMillis() + rnd.nextInt(3_000_000));
            }
        }
        Purchases p = new Purchases(state);
        abroad(p, debit, "USD", 4_899, "Amazon.com", "5942", "US", day(-3, 15));
        abroad(p, debit, "GBP", 1_250, "Pret A Manger", "5814", "GB", day(-2, 12));
        abroad(p, debit, "CHF", 38_000, "Hotel Schweizerhof Zurich", "7011", "CH", day(-1, 21));
        abroad(p, debit, "USD", 12_999, "Delta Air Lines", "3058", "US", day(-1, 9));
    }

    private void abroad(Purchases p, Card card, String ccy, long amount, String merchant, String mcc, String country,
                        long at) {
        Forex fx = Forex.convert(amount, ccy, card.currency());
        p.purchase(card, new Purchases.Purchase(fx.converted(), merchant, mcc, country, null, "ECOMMERCE"), fx, at);
    }

    /** {@code offset} days from the start day, at {@code hour} UTC. */
    private long day(int offset, int hour) {
        return anchor.toEpochMilli() + offset * DAY + Duration.ofHours(hour).toMillis();
    }
}
