package backoffice.app.spendrules;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.model.SpendLimit;
import backoffice.client.model.SpendRules;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpendRulesDraftAndPlanTest {

    private static SpendRulesDraft draft(Map<RuleField, String> texts, Map<String, String> limits, Boolean atm) {
        Map<RuleField, String> t = new EnumMap<>(RuleField.class);
        for (RuleField f : RuleField.values()) {
            t.put(f, "");
        }
        t.putAll(texts);
        Map<String, String> l = new LinkedHashMap<>();
        SpendLimit.INTERVALS.forEach(i -> l.put(i, ""));
        l.putAll(limits);
        return new SpendRulesDraft(t, l, null, atm, null, null, null);
    }

    @Test
    void validDraftBecomesRulesInMinorUnits() {
        var r = draft(Map.of(RuleField.BLOCKED_MCC, "7995, 6011;4829", RuleField.ALLOWED_COUNTRIES, "mt gb",
                RuleField.MAX_AMOUNT, "1,250.50"), Map.of("DAILY", "500"), false).validate("EUR", true);
        assertThat(r.valid()).isTrue();
        assertThat(r.rules().blockedMerchantCategories()).containsExactly("7995", "6011", "4829");
        assertThat(r.rules().allowedMerchantCountries()).containsExactly("MT", "GB");
        assertThat(r.rules().maxTransactionAmount()).isEqualTo(125_050L);
        assertThat(r.rules().spendLimit()).containsExactly(SpendLimit.of("EUR", 50_000, "DAILY"));
        assertThat(r.rules().allowAtm()).isFalse();
    }

    @Test
    void everyBadFieldGetsItsOwnSentence() {
        var r = draft(Map.of(RuleField.ALLOWED_MCC, "54111", RuleField.BLOCKED_COUNTRIES, "XX",
                RuleField.MIN_AMOUNT, "1.234", RuleField.ALLOWED_IDS, "ok-1 bad/id"), Map.of("WEEKLY", "-5"), null)
                .validate("EUR", true);
        assertThat(r.valid()).isFalse();
        assertThat(r.rules()).isNull();
        assertThat(r.errors().get(RuleField.ALLOWED_MCC)).contains("54111");
        assertThat(r.errors().get(RuleField.BLOCKED_COUNTRIES)).contains("ISO 3166-1");
        assertThat(r.errors().get(RuleField.MIN_AMOUNT)).contains("2 decimals");
        assertThat(r.errors().get(RuleField.ALLOWED_IDS)).contains("bad/id");
        assertThat(r.limitErrors().get("WEEKLY")).contains("negative");
    }

    @Test
    void japaneseYenHasNoDecimals() {
        var r = draft(Map.of(RuleField.MAX_AMOUNT, "1500.5"), Map.of(), null).validate("JPY", false);
        assertThat(r.errors().get(RuleField.MAX_AMOUNT)).contains("0 decimals");
        assertThat(draft(Map.of(RuleField.MAX_AMOUNT, "1500"), Map.of(), null).validate("JPY", false).rules()
                .maxTransactionAmount()).isEqualTo(1500L);
    }

    @Test
    void prepaidCardsRefuseLimitsAndTooLongListsAreCaught() {
        assertThat(draft(Map.of(), Map.of("DAILY", "1"), null).validate("EUR", false).limitErrors())
                .containsKey("DAILY");
        String many = String.join(",", IntStream.range(1000, 1201).mapToObj(String::valueOf)
                .toList());
        assertThat(draft(Map.of(RuleField.BLOCKED_MCC, many), Map.of(), null).validate("EUR", true).errors()
                .get(RuleField.BLOCKED_MCC)).contains("200");
    }

    @Test
    void overlapsAreWarnedAbout() {
        var d = draft(Map.of(RuleField.ALLOWED_MCC, "5411, 5812", RuleField.BLOCKED_MCC, "5812",
                RuleField.ALLOWED_COUNTRIES, "MT", RuleField.BLOCKED_COUNTRIES, "mt"), Map.of(), null);
        assertThat(d.overlaps()).containsExactly("5812", "MT");
        assertThat(d.countryNames(RuleField.ALLOWED_COUNTRIES)).isEqualTo("MT Malta");
    }

    @Test
    void debitDefaultLimitShowsAsNoLimit() {
        var shown = SpendRulesDraft.of(SpendRules.builder().spendLimit(List.of(SpendLimit.of("EUR", 0, "ALWAYS")))
                .build(), "EUR");
        assertThat(shown.limits().values()).allMatch(String::isEmpty);
    }

    // ---- the plan

    @Test
    void noRulesYetMeansPost() {
        SpendRules want = SpendRules.builder().allowAtm(false).build();
        var plan = SpendRulesPlan.between(SpendRules.NONE, want, "EUR");
        assertThat(plan.kind()).isEqualTo(SpendRulesPlan.Kind.CREATE);
        assertThat(plan.body()).isEqualTo(want);
        assertThat(plan.lines()).containsExactly("ATM withdrawals: not set \u2192 blocked");
    }

    @Test
    void changesArePatchedAndNothingElse() {
        SpendRules before = SpendRules.builder().blockedMerchantCategories(List.of("7995")).allowAtm(false)
                .maxTransactionAmount(50_000L).spendLimit(List.of(SpendLimit.of("EUR", 1_000, "DAILY"))).build();
        SpendRules after = before.toBuilder().blockedMerchantCategories(List.of("7995", "6011"))
                .maxTransactionAmount(null).spendLimit(null).build();
        var plan = SpendRulesPlan.between(before, after, "EUR");
        assertThat(plan.kind()).isEqualTo(SpendRulesPlan.Kind.UPDATE);
        assertThat(plan.body()).isEqualTo(SpendRules.builder().blockedMerchantCategories(List.of("7995", "6011"))
                .maxTransactionAmount(0L).spendLimit(List.of()).build());
        assertThat(plan.lines()).hasSize(3);
    }

    @Test
    void unsettingASwitchNeedsAReplaceAndClearingEverythingADelete() {
        SpendRules before = SpendRules.builder().allowAtm(false).allowCashback(true).build();
        assertThat(SpendRulesPlan.between(before, SpendRules.builder().allowCashback(true).build(), "EUR").kind())
                .isEqualTo(SpendRulesPlan.Kind.REPLACE);
        assertThat(SpendRulesPlan.between(before, SpendRules.NONE, "EUR").kind())
                .isEqualTo(SpendRulesPlan.Kind.DELETE);
        assertThat(SpendRulesPlan.between(before, before, "EUR").kind()).isEqualTo(SpendRulesPlan.Kind.NOTHING);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"spendLimit.value.currency, LIMITS", "interval, LIMITS", "maxTransactionAmount, MAX_AMOUNT",
        "blockedMerchantCountries, BLOCKED_COUNTRIES", "api-key, "})
    void serverFieldNamesMapToEditorFields(String apiField, RuleField expected) {
        assertThat(RuleField.ofApiField(apiField)).isEqualTo(expected);
    }
}
