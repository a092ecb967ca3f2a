package backoffice.export;

/**
 * Sums over a set of rows, in minor units of one currency: money in, money out (both including fees as the statement
 * shows them), fees, and the net change. {@code currency} is null when there are no rows, {@code "MIXED"} if rows
 * disagree. Every sum is overflow-checked: rows whose sums do not fit a {@code long} (only a forged file can hold them)
 * throw {@link ArithmeticException} instead of wrapping to a believable total.
 */
public record StatementTotals(long count, String currency, long credits, long debits, long fees) {

    public static final StatementTotals NONE = new StatementTotals(0, null, 0, 0, 0);

    public long net() {
        return Math.addExact(credits, debits);
    }

    public StatementTotals plus(StatementLine line) {
        String ccy = currency == null ? line.currency() : currency.equals(line.currency()) ? currency : "MIXED";
        return new StatementTotals(count + 1, ccy, Math.addExact(credits, Math.max(0, line.amount())),
                Math.addExact(debits, Math.min(0, line.amount())), Math.addExact(fees, line.fee()));
    }

    public static StatementTotals of(Iterable<StatementLine> lines) {
        return NONE.plusAll(lines);
    }

    /** These totals plus every line (one pass, no allocation per line). */
    public StatementTotals plusAll(Iterable<StatementLine> lines) {
        long n = count;
        String ccy = currency;
        long in = credits;
        long out = debits;
        long fee = fees;
        for (StatementLine l : lines) {
            n++;
            ccy = ccy == null ? l.currency() : ccy.equals(l.currency()) ? ccy : "MIXED";
            if (l.amount() > 0) {
                in = Math.addExact(in, l.amount());
            } else {
                out = Math.addExact(out, l.amount());
            }
            fee = Math.addExact(fee, l.fee());
        }
        return new StatementTotals(n, ccy, in, out, fee);
    }
}
