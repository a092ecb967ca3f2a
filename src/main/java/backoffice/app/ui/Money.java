package backoffice.app.ui;

import backoffice.app.Messages;
import backoffice.client.model.MoneyLimits;
import backoffice.export.Amounts;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/** Formats minor units for display with the currency's own number of decimals; never through a double. */
public final class Money {

    private Money() {
    }

    public static String format(long minor, String currency) {
        int digits = decimals(currency);
        return String.format(Locale.ROOT, "%,." + digits + "f %s", BigDecimal.valueOf(minor, digits), currency);
    }

    /** The amount in major units without grouping or currency, as typed in a field ("12.50"). */
    public static String plain(long minor, String currency) {
        return BigDecimal.valueOf(minor, decimals(currency)).toPlainString();
    }

    /** The currency's number of decimals (2 when unknown: EUR, GBP and USD all use two). */
    public static int decimals(String currency) {
        return Amounts.decimals(currency);
    }

    /**
     * Parses an amount typed in major units ("12.5", "1,000.00") into minor units of the currency, exactly.
     * Throws {@link IllegalArgumentException} with a sentence for the agent when it is not a usable amount (above
     * {@link MoneyLimits#MAX_AMOUNT} included). Every form and the bulk CSV reader parse amounts here.
     */
    public static long parse(String typed, String currency) {
        String text = typed == null ? "" : typed.trim().replace(",", "").replace(" ", "");
        if (text.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("money.required"));
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.get("money.notANumber"));
        }
        int digits = decimals(currency);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(Messages.get("money.negative"));
        }
        if (value.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException(Messages.get("money.decimals", currency, digits));
        }
        BigDecimal minor = value.movePointRight(digits);
        if (minor.compareTo(BigDecimal.valueOf(MoneyLimits.MAX_AMOUNT)) > 0) {
            throw new IllegalArgumentException(Messages.get("money.tooLarge",
                    format(MoneyLimits.MAX_AMOUNT, currency)));
        }
        return minor.longValueExact();
    }
}
