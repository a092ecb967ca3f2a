package backoffice.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Money#format} writes exactly what {@code String.format("%,.Nf %s")} of the amount wrote. */
class MoneyTest {

    private static final String[] CURRENCIES = {"EUR", "GBP", "USD", "JPY", "BHD", "CLF", "XAU", "XYZ", "eur", "",
        "EURO", null};

    @Test
    void everyAmountIsFormattedAsStringFormatFormatsIt() {
        long[] edges = {0, 1, -1, 5, -5, 9, 10, 99, 100, 999, 1_000, -1_000, 99_999, 100_000, 999_999, 1_000_000,
            123_456_789, -123_456_789, 1_000_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1,
            Long.MAX_VALUE - 1};
        for (String currency : CURRENCIES) {
            for (long minor : edges) {
                assertThat(Money.format(minor, currency)).as("%d %s", minor, currency)
                        .isEqualTo(reference(minor, currency));
            }
            SplittableRandom random = new SplittableRandom(18);
            for (int i = 0; i < 20_000; i++) {
                long minor = switch (i % 3) {
                    case 0 -> random.nextLong();
                    case 1 -> random.nextLong(-10_000_000, 10_000_000);
                    default -> random.nextLong(-1_000, 1_000);
                };
                assertThat(Money.format(minor, currency)).as("%d %s", minor, currency)
                        .isEqualTo(reference(minor, currency));
            }
        }
    }

    @Test
    void theCurrencysDecimalsAreUsed() {
        assertThat(Money.format(-123_456, "EUR")).isEqualTo("-1,234.56 EUR");
        assertThat(Money.formatInColumn(-123_456, "EUR")).isEqualTo("-1,234.56");
        assertThat(Money.formatInColumn(Long.MIN_VALUE, "EUR")).isEqualTo("-92,233,720,368,547,758.08");
        assertThat(Money.formatInColumn(123_456, "JPY")).isEqualTo("123,456");
        assertThat(Money.format(123_456, "JPY")).isEqualTo("123,456 JPY");
        assertThat(Money.format(123_456, "BHD")).isEqualTo("123.456 BHD");
        assertThat(Money.format(5, "XYZ")).as("unknown: two decimals").isEqualTo("0.05 XYZ");
    }

    private static String reference(long minor, String currency) {
        int digits = Money.decimals(currency);
        return String.format(Locale.ROOT, "%,." + digits + "f %s", BigDecimal.valueOf(minor, digits), currency);
    }
}
