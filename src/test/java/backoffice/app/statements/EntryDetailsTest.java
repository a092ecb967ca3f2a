package backoffice.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.ScaledAmount;
import backoffice.client.model.StatementEntry;
import backoffice.client.model.TransactionId;
import backoffice.client.model.UserCurrencyDetails;
import backoffice.export.StatementLine;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A statement entry's detail lines, from entries shaped as the published contract writes them. */
class EntryDetailsTest {

    private static CurrencyAmount eur(long minor) {
        return new CurrencyAmount("EUR", minor);
    }

    @Test
    void aForeignCurrencyPurchaseShowsItsOriginalAmountReadableRateSourceAndUserCurrency() {
        StatementEntry e = new StatementEntry(new TransactionId("SETTLEMENT", "77"), "COMPLETED",
                new CurrencyAmount("USD", -1_250), eur(-1_150), eur(-1_150), eur(-1_150), eur(8_850), eur(8_800),
                eur(8_850), eur(25), null, 1_795_000_000_000L, Map.of("merchantName", "Shop NYC"),
                new ScaledAmount(10_870, 4), new CurrencyAmount("USD", -1_250),
                new UserCurrencyDetails(new CurrencyAmount("GBP", -990), "0.8609"));

        assertThat(EntryDetails.of(StatementLine.of(e))).extracting(Object::toString).containsExactly(
                "Fee: 0.25 EUR", "Balance after: 88.50 EUR", "Available balance after: 88.00 EUR",
                "Actual balance after: 88.50 EUR", "Original amount: -12.50 USD",
                "Exchange rate: 1.0870 (USD to EUR)", "Source amount: -12.50 USD",
                "In the user's currency: -9.90 GBP at rate 0.8609");
    }

    @Test
    void anEntryWithoutForexOrOtherBalancesShowsFeeAndBalancesOnly() {
        StatementEntry same = new StatementEntry(new TransactionId("DEPOSIT", "1"), "COMPLETED", null, eur(1_000),
                eur(890), eur(890), eur(890), eur(890), eur(890), eur(110), null, 1L, null);
        assertThat(EntryDetails.text(StatementLine.of(same))).isEqualTo("Fee: 1.10 EUR   ·   Balance after: 8.90 EUR"
                + "   ·   Available balance after: 8.90 EUR   ·   Actual balance after: 8.90 EUR");
    }
}
