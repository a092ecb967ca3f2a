package backoffice.export;

/**
 * Sums over a set of rows, in minor units of one currency: money in, money out (both including fees as the statement
 * shows them), fees, and the net change. {@code currency} is null when there are no rows, {@code "MIXED"} if rows
 * disagree.
 */
public record StatementTotals(long count, String currency, long credits, long debits, long fees) {

    public static final StatementTotals NONE = new StatementTotals(0, null, 0, 0, 0);

    public long net() {
        return credits + debits;
    }

    public StatementTotals plus(StatementLine line) {
        String ccy = currency == null ? line.currency() : currency.equals(line.currency()) ? currency : "MIXED";
        return new StatementTotals(count + 1, ccy, credits + Math.max(0, line.amount()),
                debits + Math.min(0, line.amount()), fees + line.fee());
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
                in += l.amount();
            } else {
                out += l.amount();
            }
            fee += l.fee();
        }
        return new StatementTotals(n, ccy, in, out, fee);
    }
}
