package backoffice.client.model;

import java.util.List;

/** One spend limit: at most {@code value} per {@code interval} (DAILY … YEARLY, ALWAYS = the card's lifetime). */
public record SpendLimit(CurrencyAmount value, String interval, Long startTimestamp) {

    public static final List<String> INTERVALS = List.of("DAILY", "WEEKLY", "MONTHLY", "QUARTERLY", "YEARLY", "ALWAYS");

    public static SpendLimit of(String currency, long amount, String interval) {
        return new SpendLimit(new CurrencyAmount(currency, amount), interval, null);
    }
}
