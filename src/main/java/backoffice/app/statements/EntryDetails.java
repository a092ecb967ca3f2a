package backoffice.app.statements;

import backoffice.app.Messages;
import backoffice.app.ui.Money;
import backoffice.client.model.CurrencyAmount;
import backoffice.export.EntryExtras;
import backoffice.export.StatementLine;
import java.util.ArrayList;
import java.util.List;

/**
 * What an agent reads about one statement row beyond its columns, as labelled lines: the fee, the balances after it
 * (available and actual when the server gave them) and, for an entry in another currency, the original amount, the
 * exchange rate, the source amount and the amount in the user's own currency. Plain text, no JavaFX: the Statements
 * table's row detail and any other view of a transaction can show the same lines.
 */
public final class EntryDetails {

    /** One labelled line, e.g. {@code "Exchange rate" → "1.0875"}. */
    public record Line(String label, String value) {

        @Override
        public String toString() {
            return label + ": " + value;
        }
    }

    private EntryDetails() {
    }

    /** The lines of a row, in reading order; lines whose value the server did not give are left out. */
    public static List<Line> of(StatementLine l) {
        String ccy = l.currency();
        List<Line> lines = new ArrayList<>();
        add(lines, "fee", Money.format(l.fee(), ccy));
        add(lines, "balanceAfter", Money.format(l.balanceAfter(), ccy));
        EntryExtras x = l.extras();
        if (x == null) {
            return lines;
        }
        Long available = x.availableAfter(l);
        Long actual = x.actualAfter(l);
        if (available != null) {
            add(lines, "availableAfter", Money.format(available, ccy));
        }
        if (actual != null) {
            add(lines, "actualAfter", Money.format(actual, ccy));
        }
        if (x.originalAmount() != null) {
            add(lines, "originalAmount", money(x.originalAmount()));
        }
        if (x.forexRate() != null) {
            add(lines, "forexRate", rate(x, l));
        }
        if (x.sourceAmount() != null) {
            add(lines, "sourceAmount", money(x.sourceAmount()));
        }
        if (x.userAmount() != null || x.userExchangeRate() != null) {
            String amount = x.userAmount() == null ? "" : money(x.userAmount());
            add(lines, "userAmount", x.userExchangeRate() == null ? amount
                    : Messages.get("entry.detail.userRate", amount, x.userExchangeRate()).trim());
        }
        return lines;
    }

    /** The lines on one line each, as a row detail shows them. */
    public static String text(StatementLine l) {
        StringBuilder b = new StringBuilder();
        for (Line line : of(l)) {
            b.append(b.length() == 0 ? "" : "   ·   ").append(line);
        }
        return b.toString();
    }

    /** The rate as sent ({@code forexRate} = value × 10^-scale), with the currencies it converts when both are known. */
    private static String rate(EntryExtras x, StatementLine l) {
        CurrencyAmount from = x.originalAmount() != null ? x.originalAmount() : x.sourceAmount();
        return from == null || from.currency().equals(l.currency()) ? x.forexRate()
                : Messages.get("entry.detail.rateBetween", x.forexRate(), from.currency(), l.currency());
    }

    private static String money(CurrencyAmount a) {
        return Money.format(a.amount(), a.currency());
    }

    private static void add(List<Line> lines, String key, String value) {
        lines.add(new Line(Messages.get("entry.detail." + key), value));
    }
}
