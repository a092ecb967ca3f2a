package backoffice.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import backoffice.client.model.InstrumentId;
import backoffice.client.model.MoneyLimits;
import backoffice.client.model.StatementEntry;
import backoffice.sandbox.store.Account;
import backoffice.sandbox.store.Card;
import backoffice.sandbox.store.Fees;
import backoffice.sandbox.store.Identity;
import backoffice.sandbox.store.Instrument;
import backoffice.sandbox.store.Programme;
import backoffice.sandbox.store.Purchases;
import backoffice.sandbox.store.Refusal;
import backoffice.sandbox.store.SandboxState;
import backoffice.sandbox.store.Transfers;
import backoffice.testsupport.Customer;
import backoffice.testsupport.SandboxFixture;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 14.1 as a property: over thousands of random transfers, deposits, fee charges and card purchases with
 * extreme amounts (around 0, the maximum, and {@code Long.MAX_VALUE}/{@code MIN_VALUE}), no balance ever goes below
 * zero or wraps, and every balance always equals the sum of its statement's adjustments. The operations go straight
 * to the store (bypassing the routes' amount limit, so its own overflow and funds guards are what is tested); the
 * instruments are made through the admin face of a real sandbox. Seeded, so a failure replays.
 */
class MoneyPropertyTest {

    private static final long SEED = 14L;
    private static final int OPERATIONS = 4_000;
    private static final long[] EXTREMES = {0, 1, -1, 99, 100, 101, 110, MoneyLimits.MAX_AMOUNT,
        MoneyLimits.MAX_AMOUNT + 1, Long.MAX_VALUE, Long.MAX_VALUE - 1, Long.MAX_VALUE - 50, Long.MAX_VALUE - 100,
        Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE / 2 + 1};

    @Test
    void balancesNeverGoNegativeAndAlwaysEqualTheirStatementSums() {
        try (SandboxFixture sandbox = new SandboxFixture(SandboxConfig.ephemeral("empty"))) {
            Customer c = new Customer(sandbox);
            SandboxState state = sandbox.server.state();
            Programme programme = state.programmeByKey(sandbox.server.apiKey()).orElseThrow();
            Identity identity = state.identity(c.id).orElseThrow();
            Account a = state.account(c.a.id()).orElseThrow();
            Account b = state.account(c.b.id()).orElseThrow();
            Card prepaid = state.card(c.prepaid.id()).orElseThrow();
            Card debit = state.card(c.debit.id()).orElseThrow();
            List<Instrument> holders = List.of(a, b, prepaid, state.account(c.gbp.id()).orElseThrow());
            List<InstrumentId> movable = List.of(c.a, c.b, c.prepaid, c.gbp, c.debit);
            Transfers transfers = new Transfers(state);
            Fees fees = new Fees(state);
            Purchases purchases = new Purchases(state);
            Random rnd = new Random(SEED);
            int moved = 0;
            for (int i = 0; i < OPERATIONS; i++) {
                long amount = amount(rnd);
                try {
                    switch (rnd.nextInt(4)) {
                        case 0 -> transfers.create(identity, programme, new Transfers.Order(c.profileId, null,
                                movable.get(rnd.nextInt(movable.size())), movable.get(rnd.nextInt(movable.size())),
                                "EUR", amount, null));
                        case 1 -> state.deposit(rnd.nextBoolean() ? a : b, amount,
                                programme.depositFee("EUR"), state.now());
                        case 2 -> fees.charge(identity, programme, programme.customFees().keySet().iterator().next(),
                                movable.get(rnd.nextInt(movable.size())));
                        default -> purchases.purchase(rnd.nextBoolean() ? prepaid : debit,
                                new Purchases.Purchase(amount, "Shop", "5411", "MT", null, "CHIP"), state.now());
                    }
                    moved++;
                } catch (Refusal | IllegalArgumentException refused) {
                    // refused as a whole: the invariants below must still hold
                }
                for (Instrument h : holders) {
                    if (h.balances().availableBalance() < 0 || h.balances().actualBalance() < 0) {
                        fail("balance of " + h.id() + " went negative after operation " + i + ": " + h.balances());
                    }
                }
                if (i % 250 == 0 || i == OPERATIONS - 1) {
                    holders.forEach(h -> assertReconciles(state, h));
                }
            }
            assertThat(moved).as("operations that went through").isGreaterThan(OPERATIONS / 10);
        }
    }

    private static long amount(Random rnd) {
        return switch (rnd.nextInt(3)) {
            case 0 -> EXTREMES[rnd.nextInt(EXTREMES.length)];
            case 1 -> rnd.nextLong();
            default -> rnd.nextInt(50_000);
        };
    }

    private static void assertReconciles(SandboxState state, Instrument holder) {
        long available = 0;
        long actual = 0;
        for (StatementEntry e : state.entries(holder)) {
            available = Math.addExact(available, e.availableBalanceAdjustment().amount());
            actual = Math.addExact(actual, e.actualBalanceAdjustment().amount());
        }
        assertThat(holder.balances().availableBalance()).as("available of %s = its statement's sum", holder.id())
                .isEqualTo(available);
        assertThat(holder.balances().actualBalance()).as("actual of %s = its statement's sum", holder.id())
                .isEqualTo(actual);
    }
}
