package backoffice.bench;

import backoffice.app.ui.Money;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * {@link Money#format} against the {@code String.format} it replaced (issue 18: the statement table formats up to
 * five amounts per visible row on the FX thread). Five rounds of 200,000 calls each, the later rounds warm.
 * Run: {@code src/bench/money-format.sh} (add {@code -XX:TieredStopAtLevel=1} as the packaged app runs).
 */
public final class MoneyFormatBenchmark {

    private MoneyFormatBenchmark() {
    }

    public static void main(String[] args) {
        long sink = 0;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 200_000; i++) {
                sink += Money.format(i * 7919L - 500_000, "EUR").length();
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < 200_000; i++) {
                sink += String.format(Locale.ROOT, "%,.2f %s", BigDecimal.valueOf(i * 7919L - 500_000, 2), "EUR")
                        .length();
            }
            long t2 = System.nanoTime();
            System.out.printf("round %d: Money.format %.0f ns a call, String.format %.0f ns a call%n", round,
                    (t1 - t0) / 2e5, (t2 - t1) / 2e5);
        }
        System.out.println("(checksum " + sink + ")");
    }
}
