package backoffice.sandbox.store;

import backoffice.client.codes.ErrorCode;
import backoffice.client.model.Balances;
import backoffice.client.model.MoneyLimits;

/** Balance arithmetic of the store: sums of minor units that never wrap, and balances that never go below zero. */
public final class BalanceMath {

    private BalanceMath() {
    }

    /**
     * The holder's balances once {@code net} is applied; refuses (FUNDS_INSUFFICIENT, nothing changed) a movement that would leave
     * a balance below zero or past what a {@code long} holds.
     */
    static Balances after(Instrument holder, long net) {
        Balances b = holder.balances();
        Balances after = new Balances(sum(b.availableBalance(), net), sum(b.actualBalance(), net));
        if (net < 0 && (after.availableBalance() < 0 || after.actualBalance() < 0)) {
            throw Refusal.conflict(ErrorCode.FUNDS_INSUFFICIENT);
        }
        return after;
    }

    /** {@code a + b} of minor units; a sum past a {@code long} is refused with AMOUNT_INVALID, never wrapped. */
    public static long sum(long a, long b) {
        try {
            return MoneyLimits.add(a, b);
        } catch (ArithmeticException overflow) {
            throw Refusal.conflict(ErrorCode.AMOUNT_INVALID, "The amount would take a balance past its limit");
        }
    }
}
