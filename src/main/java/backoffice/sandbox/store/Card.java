package backoffice.sandbox.store;

import backoffice.client.model.Address;
import backoffice.client.model.AvailableToSpend;
import backoffice.client.model.CardReplacement;
import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.DigitalWallets;
import backoffice.client.model.InstrumentType;
import backoffice.client.model.ManagedCard;
import backoffice.client.model.PhysicalCardDetails;
import backoffice.client.model.SpendRules;
import java.util.List;

/** A managed card, prepaid (own balance) or debit (spends from its parent account). */
public final class Card extends Instrument {

    /** The fixed facts of a card, set when it is issued. */
    public record Spec(String mode, String type, ManagedCard.CardBrand brand, String firstSix, String lastFour,
                       String nameOnCard, String startMmyy, String expiryMmyy, String classification,
                       String parentAccountId, Address billingAddress, PhysicalCardDetails physical) {
    }

    /** What an admin may choose when issuing: renewal, single use, the authorised user it is for. */
    public record Options(String renewalType, boolean singleSpend, String userId) {

        public static final Options DEFAULT = new Options(ManagedCard.RENEW, false, null);
    }

    private static final int EXPIRY_PERIOD_MONTHS = 36;

    private final Spec spec;
    private final boolean singleSpend;
    private volatile SpendRules spendRules;
    private volatile String renewalType;
    private volatile Long renewalTimestamp;
    private volatile String userId;
    private volatile CardReplacement replacement;

    public Card(String id, String profileId, String identityId, String programmeId, String currency,
                String friendlyName, String tag, long creationTimestamp, Spec spec, Options options) {
        super(id, profileId, identityId, programmeId, currency, friendlyName, tag, creationTimestamp);
        this.spec = spec;
        this.singleSpend = options.singleSpend();
        this.renewalType = options.renewalType();
        this.userId = options.userId();
    }

    @Override
    public InstrumentType instrumentType() {
        return InstrumentType.MANAGED_CARDS;
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

    /** The choices it was issued with (renewal and user as they are now). */
    public Options options() {
        return new Options(renewalType, singleSpend, userId);
    }

    /** Which card replaced this one and why, or null. */
    public CardReplacement replacement() {
        return replacement;
    }

    void setReplacement(CardReplacement value) {
        this.replacement = value;
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

    /**
     * The API view, with every field the published contract requires; {@code availableToSpend} for a debit card is
     * its parent's available balance.
     */
    public ManagedCard toModel(Account parent) {
        List<AvailableToSpend> toSpend = isDebit() && parent != null
                ? List.of(new AvailableToSpend(new CurrencyAmount(currency(), parent.balances().availableBalance()),
                "ALWAYS"))
                : null;
        return new ManagedCard(id(), profileId(), "ext-" + id(), tag(), friendlyName(), currency(), state(),
                spec.type(), spec.brand(), spec.firstSix(), spec.lastFour(), spec.nameOnCard(), null,
                spec.startMmyy(), spec.expiryMmyy(), spec.classification(), EXPIRY_PERIOD_MONTHS, renewalType,
                creationTimestamp(), spec.billingAddress(), spec.physical(), DigitalWallets.disabled(), spec.mode(),
                isDebit() ? null : balances(), spec.parentAccountId(), toSpend, renewalTimestamp, userId, singleSpend,
                replacement, null, null, null);
    }
}
