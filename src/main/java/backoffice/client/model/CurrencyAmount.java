package backoffice.client.model;

/** Money: {@code amount} in minor units of the ISO-4217 {@code currency}. Never a floating-point number. */
public record CurrencyAmount(String currency, long amount) {
}
