package backoffice.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backoffice.app.bulks.BulkCsv;
import backoffice.client.model.MoneyLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14.1: the one parser every amount field and the bulk CSV reader use refuses amounts above
 * {@link MoneyLimits#MAX_AMOUNT}, naming the maximum, so nothing near {@code Long.MAX_VALUE} is ever sent.
 */
class MoneyLimitTest {

    private static final String TRANSFERS =
            "source_type,source_id,destination_type,destination_id,currency,amount,tag\n";

    @Test
    void theMaximumItselfIsAcceptedAndOneMinorUnitMoreIsRefusedWithTheMaximumNamed() {
        assertThat(Money.parse("10,000,000,000.00", "EUR")).isEqualTo(MoneyLimits.MAX_AMOUNT);
        assertThatThrownBy(() -> Money.parse("10000000000.01", "EUR")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too large").hasMessageContaining("10,000,000,000.00 EUR");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"92233720368547758.07, EUR", "92233720368547758.08, EUR", "1000000000001, JPY"})
    void amountsThatWouldWrapALongAreRefusedNotWrapped(String typed, String currency) {
        assertThatThrownBy(() -> Money.parse(typed, currency)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too large");
    }

    @Test
    void aBulkCsvRowNearLongMaxIsRefusedAndNothingIsKept() {
        BulkCsv.Parsed p = BulkCsv.parse(BulkCsv.Kind.TRANSFERS, TRANSFERS
                + "account,111,account,222,EUR,1.00,\n"
                + "account,111,account,222,EUR,92233720368547758.07,\n", "77");
        assertThat(p.valid()).isFalse();
        assertThat(p.items()).isEmpty();
        assertThat(p.rowErrors()).singleElement().asString().startsWith("Row 2:").contains("too large");
    }
}
