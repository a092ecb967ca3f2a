package backoffice.app.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.ScaledAmount;
import backoffice.client.model.StatementEntry;
import backoffice.client.model.TransactionId;
import backoffice.client.model.UserCurrencyDetails;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The transaction detail shows the FX details where the published contract puts them: the entry's own fields. */
class TransactionDetailForexTest {

    @Test
    void forexRateSourceAmountAndUserCurrencyComeFromTheEntrysOwnFields() {
        CurrencyAmount eur = new CurrencyAmount("EUR", -1_150);
        StatementEntry e = new StatementEntry(new TransactionId("SETTLEMENT", "77"), "COMPLETED",
                new CurrencyAmount("USD", -1_250), eur, eur, eur, eur, eur, eur, null, null, 1_795_000_000_000L,
                Map.of("merchantName", "Shop NYC"), new ScaledAmount(10_870, 4), new CurrencyAmount("USD", -1_250),
                new UserCurrencyDetails(new CurrencyAmount("GBP", -990), "0.8609"));
        assertThat(TransactionDetail.asText(TransactionDetail.of(e))).contains("1.0870", "-12.50 USD",
                "-9.90 GBP at rate 0.8609");
    }
}
