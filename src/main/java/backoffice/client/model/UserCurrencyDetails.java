package backoffice.client.model;

/** {@code userCurrencyTransactionDetails} of a statement entry: the amount in the user's currency and the rate used. */
public record UserCurrencyDetails(CurrencyAmount userTransactionAmount, String userExchangeRate) {
}
