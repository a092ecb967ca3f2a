package backoffice.export;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.concurrent.ConcurrentHashMap;

/** Minor units ↔ decimal text by the currency's number of decimals (2 when unknown). Exact; never a double. */
public final class Amounts {

    private static final int MAX_REMEMBERED = 1_024;
    private static final ConcurrentHashMap<String, Integer> DECIMALS = new ConcurrentHashMap<>();

    private Amounts() {
    }

    /**
     * The currency's number of decimals, 2 when unknown. Remembered per three-letter code: an unknown code (a live
     * API may send one) was an exception per call, and the table and the exports ask per amount.
     */
    public static int decimals(String currency) {
        if (currency == null || currency.length() != 3) {
            return lookUp(currency);
        }
        Integer known = DECIMALS.get(currency);
        if (known == null) {
            known = lookUp(currency);
            if (DECIMALS.size() < MAX_REMEMBERED) {
                DECIMALS.put(currency, known);
            }
        }
        return known;
    }

    private static int lookUp(String currency) {
        try {
            int d = Currency.getInstance(currency).getDefaultFractionDigits();
            return d < 0 ? 2 : d;
        } catch (IllegalArgumentException | NullPointerException e) {
            return 2;
        }
    }

    /** {@code -12345, EUR → "-123.45"}; appends without creating intermediate strings. */
    public static StringBuilder append(StringBuilder out, long minor, int decimals) {
        if (minor < 0) {
            out.append('-');
        }
        long abs = Math.abs(minor);
        if (decimals == 0) {
            return out.append(abs);
        }
        long scale = pow10(decimals);
        out.append(abs / scale).append('.');
        String frac = Long.toString(abs % scale);
        for (int i = frac.length(); i < decimals; i++) {
            out.append('0');
        }
        return out.append(frac);
    }

    public static String format(long minor, String currency) {
        return append(new StringBuilder(16), minor, decimals(currency)).toString();
    }

    /** {@code "-123.45", EUR → -12345}; more decimals than the currency has is an error. */
    public static long parse(String text, String currency) {
        BigDecimal value = new BigDecimal(text.trim());
        return value.movePointRight(decimals(currency)).longValueExact();
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }
}
