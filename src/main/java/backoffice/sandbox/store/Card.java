package backoffice.sandbox.store;

import backoffice.client.model.Address;
import backoffice.client.model.AvailableToSpend;
import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.InstrumentId;
import backoffice.client.model.ManagedCard;
import backoffice.client.model.PhysicalCardDetails;
import backoffice.client.model.SpendRules;
import java.util.List;

/** A managed card, prepaid (own balance) or debit (spends from its parent account). */
public final class Card extends Instrument {

    /** The fixed facts of a card, set when it is issued. */
    public record Spec(String mode, String type, String brand, String firstSix, String lastFour, String nameOnCard,
                       String startMmyy, String expiryMmyy, String classification, String parentAccountId,
                       Address billingAddress, PhysicalCardDetails physical) {
    }

    private final Spec spec;
    private volatile SpendRules spendRules;
    private volatile String renewalType = "RENEW";
    private volatile Long renewalTimestamp;
    private volatile String userId;

    public Card(String id, String profileId, String identityId, String programmeId, String currency,
                String friendlyName, String tag, long creationTimestamp, Spec spec) {
        super(id, profileId, identityId, programmeId, currency, friendlyName, tag, creationTimestamp);
        this.spec = spec;
    }

    @Override
    public String instrumentType() {
        return InstrumentId.CARDS;
    }

    @Override
    public boolean holdsFunds() {
        return !isDebit();
    }

    public boolean isDebit() {
        return ManagedCard.DEBIT.equals(spec.mode());
    }

    public Spec spec() {
        return spec;
    }

    /** Card-level spend rules as stored (null when none are set). */
    public SpendRules spendRules() {
        return spendRules;
    }

    void setSpendRules(SpendRules rules) {
        this.spendRules = rules;
    }

    public String renewalType() {
        return renewalType;
    }

    /** RENEW or NO_RENEW; the renewal timestamp records when it last changed. */
    void setRenewal(String type, long at) {
        renewalType = type;
        renewalTimestamp = at;
    }

    /** The authorised user the card belongs to, or null for the identity's root user. */
    public String userId() {
        return userId;
    }

    public void setUserId(String value) {
        userId = value;
    }

    /** The API view; {@code availableToSpend} for a debit card is its parent's available balance. */
    public ManagedCard toModel(Account parent) {
        List<AvailableToSpend> toSpend = isDebit() && parent != null
                ? List.of(new AvailableToSpend(new CurrencyAmount(currency(), parent.balances().availableBalance()),
                "ALWAYS"))
                : null;
        return new ManagedCard(id(), profileId(), "ext-" + id(), tag(), friendlyName(), currency(), state(),
                spec.type(), spec.brand(), spec.firstSix(), spec.lastFour(), spec.nameOnCard(), null,
                spec.startMmyy(), spec.expiryMmyy(), spec.classification(), 36, renewalType, creationTimestamp(),
                spec.billingAddress(), spec.physical(), spec.mode(), isDebit() ? null : balances(),
                spec.parentAccountId(), toSpend, renewalTimestamp, userId);
    }
}
