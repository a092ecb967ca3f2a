package backoffice.client.model;

/**
 * Answer of {@code POST /fees/charge}. For a debit card {@code availableBalanceAdjustment} is 0: the fee is taken
 * from the parent account. {@code profileId} is the identity's profile.
 */
public record ChargeFee(TransactionId transactionId, String profileId, String feeType, InstrumentId source,
                        CurrencyAmount availableBalanceAdjustment, String state, long creationTimestamp) {

    /** Body of the request. */
    public record Request(String feeType, InstrumentId source) {
    }
}
