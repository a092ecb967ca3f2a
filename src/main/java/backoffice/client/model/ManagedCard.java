package backoffice.client.model;

import java.util.List;

/**
 * {@code GET /managed_cards/{id}}. The tokenised {@code cardNumber} and {@code cvv} are deliberately not mapped:
 * the console never holds, shows or logs them. {@code balances} is set for PREPAID_MODE cards;
 * {@code parentManagedAccountId} and {@code availableToSpend} for DEBIT_MODE cards.
 */
public record ManagedCard(String id, String profileId, String externalHandle, String tag, String friendlyName,
                          String currency, InstrumentState state, String type, String cardBrand,
                          String cardNumberFirstSix, String cardNumberLastFour, String nameOnCard,
                          String nameOnCardLine2, String startMmyy, String expiryMmyy,
                          String cardLevelClassification, Integer expiryPeriodMonths, String renewalType,
                          long creationTimestamp, Address billingAddress, PhysicalCardDetails physicalCardDetails,
                          String mode, Balances balances, String parentManagedAccountId,
                          List<AvailableToSpend> availableToSpend, Long renewalTimestamp, String userId) {

    public static final String PREPAID = "PREPAID_MODE";
    public static final String DEBIT = "DEBIT_MODE";
    public static final String RENEW = "RENEW";
    public static final String NO_RENEW = "NO_RENEW";

    /** "537410 •••• 1234": the only form of the card number the console shows. */
    public String maskedNumber() {
        return cardNumberFirstSix + " •••• " + cardNumberLastFour;
    }
}
