package backoffice.app.ui;

import backoffice.app.Messages;
import backoffice.client.model.MoneyLimits;
import backoffice.export.Amounts;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;

/** Formats minor units for display with the currency's own number of decimals; never through a double. */
public final class Money {

    /**
     * An amount as typed: ASCII digits, thousands grouped by commas or spaces in threes (or not grouped), and a
     * decimal point. Never an exponent ("1e9"), a sign, other scripts' digits or a decimal comma.
     */
    private static final Pattern AMOUNT = Pattern.compile(
            "([1-9]\\d{0,2}(,\\d{3})+|[1-9]\\d{0,2}([ \u00A0\u202F]\\d{3})+|\\d+)(\\.\\d*)?|\\.\\d+");
    /** One comma group and no point: for a currency of three decimals "1,500" may be a decimal comma. */
    private static final Pattern ONE_GROUP = Pattern.compile("\\d{1,3},\\d{3}");
    /** Digits with commas, points or spaces where they do not group thousands: "250,00", "1.250,00", "250 00". */
    private static final Pattern GROUPING_MISUSED = Pattern.compile("[0-9][0-9., \u00A0\u202F]*[0-9]");
    private static final Pattern GROUP_SEPARATORS = Pattern.compile("[, \u00A0\u202F]");

    private Money() {
    }

    /**
     * {@code -123456, "EUR"} → {@code "-1,234.56 EUR"}: grouped thousands, the currency's decimals, then the code.
     * The exports' digits ({@link Amounts#append}) with the commas put in: {@code String.format} with a
     * {@code BigDecimal} (what this did) took ~2 µs a call through its pattern parser and a {@code BigInteger}
     * layout, and the statement table formats up to five amounts per visible row on the FX thread (the cold first
     * fill's stack samples showed it). {@code MoneyTest} holds it to that format's output.
     */
    public static String format(long minor, String currency) {
        return grouped(minor, currency).append(' ').append(currency).toString();
    }

    /**
     * {@code -123456, "EUR"} → {@code "-1,234.56"}: {@link #format} without the code, for a column whose header names
     * the one currency of its rows.
     */
    public static String formatInColumn(long minor, String currency) {
        return grouped(minor, currency).toString();
    }

    private static StringBuilder grouped(long minor, String currency) {
        int digits = decimals(currency);
        if (minor == Long.MIN_VALUE || digits > 18) { // no positive long for the magnitude; no long for 10^digits
            return new StringBuilder(String.format(Locale.ROOT, "%,." + digits + "f", BigDecimal.valueOf(minor,
                    digits)));
        }
        StringBuilder out = Amounts.append(new StringBuilder(32), minor, digits); // "-1234.56"
        int whole = digits > 0 ? out.length() - digits - 1 : out.length();
        for (int at = whole - 3; at > (minor < 0 ? 1 : 0); at -= 3) { // right to left: the earlier places stay put
            out.insert(at, ',');
        }
        return out;
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
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("money.required"));
        }
        if (text.startsWith("-")) {
            throw new IllegalArgumentException(Messages.get("money.negative"));
        }
        if (!AMOUNT.matcher(text).matches()) {
            // "250,00" was read as 25,000.00 and "1.250,00" as 1.25 (an agent's walk-through: the confirmation was the
            // first place it showed): a comma or space only ever separates thousands, the decimals follow a point
            throw new IllegalArgumentException(Messages.get(GROUPING_MISUSED.matcher(text).matches()
                    ? "money.grouping" : "money.notANumber", text));
        }
        int digits = decimals(currency);
        if (digits >= 3 && ONE_GROUP.matcher(text).matches()) {
            throw new IllegalArgumentException(Messages.get("money.grouping", text));
        }
        int point = text.indexOf('.');
        if (point >= 0 && text.length() - point - 1 > digits) {
            // as typed, not as a number: "1.500" is 1.50 to BigDecimal and one thousand five hundred to a customer
            throw new IllegalArgumentException(Messages.get("money.decimals", currency, digits));
        }
        // AMOUNT admits only ASCII digits, group separators and one point: what is left is a BigDecimal, never negative
        BigDecimal minor = new BigDecimal(GROUP_SEPARATORS.matcher(text).replaceAll("")).movePointRight(digits);
        if (minor.compareTo(BigDecimal.valueOf(MoneyLimits.MAX_AMOUNT)) > 0) {
            throw new IllegalArgumentException(Messages.get("money.tooLarge",
                    format(MoneyLimits.MAX_AMOUNT, currency)));
        }
        return minor.longValueExact();
    }
}
