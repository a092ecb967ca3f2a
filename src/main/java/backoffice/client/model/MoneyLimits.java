package backoffice.client.model;

/**
 * The largest amount one money operation may carry, shared by the client, the sandbox and the console, and the
 * overflow-checked sums of minor units. 10^12 minor units is 10,000,000,000.00 in a two-decimal currency: far above
 * any real transfer, and far enough below {@code Long.MAX_VALUE} that a balance plus a fee plus an amount can never
 * wrap.
 */
public final class MoneyLimits {

    /** The largest amount (minor units) of one transfer, deposit, purchase, fee or spend limit. */
    public static final long MAX_AMOUNT = 1_000_000_000_000L;

    private MoneyLimits() {
    }

    /** Whether {@code minor} is at most {@link #MAX_AMOUNT} (the sign is the caller's concern). */
    public static boolean withinMaximum(long minor) {
        return minor <= MAX_AMOUNT;
    }

    /** {@code a + b}; throws {@link ArithmeticException} instead of wrapping. */
    public static long add(long a, long b) {
        return Math.addExact(a, b);
    }

    /** {@code a - b}; throws {@link ArithmeticException} instead of wrapping. */
    public static long subtract(long a, long b) {
        return Math.subtractExact(a, b);
    }
}
