package backoffice.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;

/**
 * {@code GET /managed_cards/{id}}. The tokenised {@code cardNumber} and {@code cvv} are deliberately not mapped:
 * the console never holds, shows or logs them. {@code balances} is set for PREPAID_MODE cards;
 * {@code parentManagedAccountId} and {@code availableToSpend} for DEBIT_MODE cards. Every enum reads a value this
 * version does not know as {@code UNKNOWN} ({@code renewalType} stays text: RENEW, NO_RENEW or what the server
 * sends), and every field but the id may be missing.
 */
public record ManagedCard(String id, String profileId, String externalHandle, String tag, String friendlyName,
                          String currency, InstrumentState state, String type, CardBrand cardBrand,
                          String cardNumberFirstSix, String cardNumberLastFour, String nameOnCard,
                          String nameOnCardLine2, String startMmyy, String expiryMmyy,
                          String cardLevelClassification, Integer expiryPeriodMonths, String renewalType,
                          long creationTimestamp, Address billingAddress, PhysicalCardDetails physicalCardDetails,
                          DigitalWallets digitalWallets, String mode, Balances balances,
                          String parentManagedAccountId, List<AvailableToSpend> availableToSpend,
                          @JsonDeserialize(using = EpochMillis.class) Long renewalTimestamp, String userId,
                          Boolean singleSpend, CardReplacement replacement, String cardholderMobileNumber,
                          TimeoutDecision authForwardingDefaultTimeoutDecision, List<ExternalData> externalData) {

    public static final String PREPAID = "PREPAID_MODE";
    public static final String DEBIT = "DEBIT_MODE";
    public static final String RENEW = "RENEW";
    public static final String NO_RENEW = "NO_RENEW";

    public enum CardBrand { MASTERCARD, VISA, @JsonEnumDefaultValue UNKNOWN }

    /** What the processor decides when an authorisation forwarded to the programme gets no answer in time. */
    public enum TimeoutDecision { APPROVE, DECLINE, @JsonEnumDefaultValue UNKNOWN }

    /** One {@code externalData} pair the programme attached to the card. */
    public record ExternalData(String name, String value) {
    }

    /** "537410 •••• 1234": the only form of the card number the console shows. */
    public String maskedNumber() {
        return cardNumberFirstSix + " •••• " + cardNumberLastFour;
    }

    /** Whether the card may be used once only (absent means no). */
    public boolean isSingleSpend() {
        return Boolean.TRUE.equals(singleSpend);
    }
}
