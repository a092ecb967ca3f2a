package backoffice.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"250,00", "100,50", "1.250,00", "250 00", "1,00,000.00",
            "1,0000", "12,5", "0,500", "00,250"})
    void aDecimalCommaOrAGroupNotOfThreeIsRefusedNeverReadAsAnotherAmount(String typed) {
        // an agent's walk-through: "250,00" was sent for confirmation as 25,000.00 EUR, "1.250,00" as 1.25
        assertThatThrownBy(() -> Money.parse(typed, "EUR"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(typed)
                .hasMessageContaining("only separates thousands");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"1e9", "1E2", "+5", "0x10", "١٢٣", "12.5.1", "€5",
            "5 EUR", "..5", "NaN", "Infinity", "1_000"})
    void anythingButDigitsAndAPointIsNotAnAmount(String typed) {
        assertThatThrownBy(() -> Money.parse(typed, "EUR"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not")
                .hasMessageContaining(typed);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"1.500", "2.000", "12.500", "0.001"})
    void aPointBeforeThreeDigitsIsNotReadAsDecimalsOfATwoDecimalCurrency(String typed) {
        // a reviewer: "1.500" was 1.50 EUR (the decimals were counted after stripping trailing zeros)
        assertThatThrownBy(() -> Money.parse(typed, "EUR")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 2 decimals");
        assertThatThrownBy(() -> Money.parse("10.000", "JPY")).hasMessageContaining("at most 0 decimals");
    }

    @Test
    void aThreeDecimalCurrencyRefusesOneCommaGroupThatMayBeADecimalComma() {
        assertThatThrownBy(() -> Money.parse("1,500", "BHD")).hasMessageContaining("only separates thousands");
        assertThat(Money.parse("1,500.000", "BHD")).isEqualTo(1_500_000);
        assertThat(Money.parse("1.500", "BHD")).isEqualTo(1_500);
        assertThat(Money.parse("1,500", "EUR")).isEqualTo(150_000);
    }

    @Test
    void groupedAmountsAsTypedOrPastedAreRead() {
        assertThat(Money.parse("1,000.00", "EUR")).isEqualTo(100_000);
        assertThat(Money.parse(" 1 000 000.5 ", "EUR")).isEqualTo(100_000_050);
        assertThat(Money.parse("1\u00A0000", "EUR")).isEqualTo(100_000);
        assertThat(Money.parse("250", "EUR")).isEqualTo(25_000);
        assertThat(Money.parse("250.", "EUR")).isEqualTo(25_000);
        assertThat(Money.parse(".5", "EUR")).isEqualTo(50);
        assertThat(Money.parse("0250.50", "EUR")).isEqualTo(25_050);
        assertThat(Money.parse("1234567.89", "EUR")).isEqualTo(123_456_789);
    }
}
