package backoffice.app.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Decline reasons as the sandbox writes them, in words that name the rule. */
class DeclineWordingTest {

    private static Map<String, String> declined(String reason, String rule) {
        return rule == null ? Map.of("declineReason", reason, "merchantCategoryCode", "7995",
                "merchantTerminalCountry", "US")
                : Map.of("declineReason", reason, "spendRuleFailedReason", rule, "merchantCategoryCode", "7995",
                "merchantTerminalCountry", "US");
    }

    @Test
    void namesTheBlockedMerchantCategory() {
        assertThat(DeclineWording.describe(declined("SPEND_RULE_FAILED", "MERCHANT_CATEGORY_BLOCKED"), 2500, "EUR"))
                .isEqualTo("merchant category 7995 Betting/Casino Gambling is blocked on this card");
    }

    @Test
    void namesCountryChannelAmountAndLimit() {
        assertThat(DeclineWording.describe(declined("SPEND_RULE_FAILED", "COUNTRY_NOT_ALLOWED"), 2500, "EUR"))
                .isEqualTo("merchant country US United States is not in this card's allowed countries");
        assertThat(DeclineWording.describe(declined("SPEND_RULE_FAILED", "ATM_NOT_ALLOWED"), 2500, "EUR"))
                .isEqualTo("ATM withdrawals are switched off on this card");
        assertThat(DeclineWording.describe(declined("SPEND_RULE_FAILED", "ABOVE_MAX_TRANSACTION_AMOUNT"), 25000,
                "EUR")).isEqualTo("250.00 EUR is above this card's largest allowed payment");
        assertThat(DeclineWording.describe(declined("SPEND_RULE_FAILED", "SPEND_LIMIT_EXCEEDED_DAILY"), 60000,
                "EUR")).isEqualTo("the card's daily spend limit would be exceeded by 600.00 EUR");
    }

    @Test
    void statesAndFundsAndUnknownCodes() {
        assertThat(DeclineWording.describe(declined("INSUFFICIENT_FUNDS", null), 1234, "GBP"))
                .isEqualTo("not enough money available for 12.34 GBP");
        assertThat(DeclineWording.describe(declined("CARD_BLOCKED", null), 1, "EUR")).startsWith("the card is blocked");
        assertThat(DeclineWording.describe(declined("NEW_CODE", null), 1, "EUR"))
                .isEqualTo("declined by the processor: NEW_CODE");
        assertThat(DeclineWording.describe(declined("SPEND_RULE_FAILED", "SOMETHING_NEW"), 1, "EUR"))
                .isEqualTo("a spend rule of this card refused it (SOMETHING_NEW)");
        assertThat(DeclineWording.describe(Map.of("merchantName", "Tesco"), 1, "EUR")).isNull();
        assertThat(MccNames.describe("1234")).isEqualTo("1234 Agricultural Services");
        assertThat(MccNames.describe("12a4")).isEqualTo("12a4");
    }
}
