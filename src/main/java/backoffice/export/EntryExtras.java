package backoffice.export;

import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.StatementEntry;
import java.util.Objects;

/**
 * What a statement entry says beyond its row: the foreign-exchange details ({@code originalAmount} in another
 * currency, {@code sourceAmount}, {@code forexRate} as plain decimal text, the amount and rate in the user's own
 * currency) and the available and actual balances after it.
 *
 * <p>Most entries have no FX and both balances equal to {@code balanceAfter}: those share {@link #BALANCES_AS_AFTER}
 * (no object per row); an entry that gave neither balance nor FX has none at all ({@code null} on its line).
 *
 * @param balancesAsAfter the available and actual balances after the entry both equal its {@code balanceAfter}
 */
public record EntryExtras(CurrencyAmount originalAmount, CurrencyAmount sourceAmount, String forexRate,
                          CurrencyAmount userAmount, String userExchangeRate, CurrencyAmount availableBalanceAfter,
                          CurrencyAmount actualBalanceAfter, boolean balancesAsAfter) {

    /** No FX; available and actual balance after both equal the row's balance after. */
    public static final EntryExtras BALANCES_AS_AFTER = new EntryExtras(null, null, null, null, null, null, null,
            true);

    /** The extras of an API entry, or null when it has none worth keeping. */
    public static EntryExtras of(StatementEntry e) {
        CurrencyAmount amount = e.transactionAmount();
        CurrencyAmount original = e.originalAmount();
        boolean otherCurrency = original != null && amount != null
                && !Objects.equals(original.currency(), amount.currency());
        var user = e.userCurrencyTransactionDetails();
        return of(original, otherCurrency, e.sourceAmount(), e.forexRate() == null ? null : e.forexRate().plain(),
                user == null ? null : user.userTransactionAmount(), user == null ? null : user.userExchangeRate(),
                e.availableBalanceAfter(), e.actualBalanceAfter(), e.balanceAfter());
    }

    /**
     * The extras of these values, the same way whether they come from the API or are read back from an export:
     * {@link #BALANCES_AS_AFTER} when there is no FX and both balances equal {@code balanceAfter}; null when there is
     * nothing; an {@code originalAmount} in the row's own currency is kept only with other FX details (on its own it
     * repeats the amount).
     */
    public static EntryExtras of(CurrencyAmount original, boolean originalInOtherCurrency, CurrencyAmount source,
                                 String rate, CurrencyAmount userAmount, String userRate, CurrencyAmount available,
                                 CurrencyAmount actual, CurrencyAmount balanceAfter) {
        boolean fx = rate != null || source != null || userAmount != null || userRate != null
                || originalInOtherCurrency;
        boolean asAfter = balanceAfter != null && balanceAfter.equals(available) && balanceAfter.equals(actual);
        if (!fx && asAfter) {
            return BALANCES_AS_AFTER;
        }
        if (!fx && available == null && actual == null) {
            return null;
        }
        return new EntryExtras(fx ? original : null, source, rate, userAmount, userRate, asAfter ? null : available,
                asAfter ? null : actual, asAfter);
    }

    /** Whether the entry involved another currency. */
    public boolean hasForex() {
        return originalAmount != null || sourceAmount != null || forexRate != null || userAmount != null
                || userExchangeRate != null;
    }

    /** The available balance after the entry, in minor units of the line's currency, or null when not given. */
    public Long availableAfter(StatementLine line) {
        return balancesAsAfter ? Long.valueOf(line.balanceAfter())
                : availableBalanceAfter == null ? null : availableBalanceAfter.amount();
    }

    /** The actual balance after the entry, in minor units of the line's currency, or null when not given. */
    public Long actualAfter(StatementLine line) {
        return balancesAsAfter ? Long.valueOf(line.balanceAfter())
                : actualBalanceAfter == null ? null : actualBalanceAfter.amount();
    }
}
