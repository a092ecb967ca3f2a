package backoffice.sandbox.store;

import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.ScaledAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A purchase converted from the merchant's currency: what the merchant asked ({@code original}), the rate (card
 * currency per unit of the merchant's, four decimals) and what the card pays ({@code converted}, card minor units).
 * The sandbox's rates are fixed demo figures against EUR; every currency it knows has two decimals.
 */
public record Forex(CurrencyAmount original, ScaledAmount rate, long converted) {

    private static final int SCALE = 4;
    /** Units of each currency per 1 EUR. */
    private static final Map<String, BigDecimal> PER_EUR = Map.of("EUR", BigDecimal.ONE,
            "GBP", new BigDecimal("0.8570"), "USD", new BigDecimal("1.0850"), "CHF", new BigDecimal("0.9420"),
            "SEK", new BigDecimal("11.4200"), "PLN", new BigDecimal("4.3100"));

    /** The currencies the sandbox converts between. */
    public static final Set<String> CURRENCIES = new TreeSet<>(PER_EUR.keySet());

    public static boolean knows(String currency) {
        return PER_EUR.containsKey(currency);
    }

    /**
     * Converts {@code amount} minor units of {@code from} into {@code to}, rounding half up.
     *
     * @throws ArithmeticException when the converted amount does not fit a long
     */
    public static Forex convert(long amount, String from, String to) {
        BigDecimal rate = PER_EUR.get(to).divide(PER_EUR.get(from), SCALE, RoundingMode.HALF_UP);
        long converted = BigDecimal.valueOf(amount).multiply(rate).setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
        return new Forex(new CurrencyAmount(from, amount), new ScaledAmount(rate.unscaledValue().longValueExact(),
                SCALE), converted);
    }
}
