package backoffice.client.model;

/** Debit card: what is left to spend in one spend-limit interval. */
public record AvailableToSpend(CurrencyAmount value, String interval) {
}
