package backoffice.app.ui;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/** Formats minor units for display with the currency's own number of decimals; never through a double. */
public final class Money {

    private Money() {
    }

    public static String format(long minor, String currency) {
        int digits = 2;
        try {
            digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException | NullPointerException unknown) {
            // keep 2: the API's own currencies (EUR, GBP, USD) all use two
        }
        return String.format(Locale.ROOT, "%,." + digits + "f %s", BigDecimal.valueOf(minor, digits), currency);
    }
}
