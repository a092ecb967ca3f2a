package backoffice.client.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backoffice.client.BackOfficeClient;
import backoffice.client.RequestOptions;
import backoffice.client.error.ConflictException;
import backoffice.client.error.NotFoundException;
import backoffice.client.error.ValidationException;
import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.IdentityType;
import backoffice.client.model.ManagedCard;
import backoffice.client.model.SpendLimit;
import backoffice.client.model.SpendRules;
import backoffice.client.model.ValidationError;
import backoffice.sandbox.store.Identity;
import backoffice.testsupport.Demo;
import backoffice.testsupport.SandboxTestBase;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spend rules (§5.4) over real HTTP: lifecycle, PATCH semantics, every validation and 409 row, defaults. */
class SpendRulesSandboxIT extends SandboxTestBase {

    @Demo(type = IdentityType.CORPORATE, index = 2)
    private Identity owner;
    private ManagedCardsService cards;

    @BeforeAll
    void tokenOfTheOwner() {
        BackOfficeClient c = sandbox.client().impersonating(sandbox.token(IdentityType.CORPORATE, 2));
        cards = c.managedCards();
    }

    private String debit() {
        return sandbox.newCard(owner, ManagedCard.DEBIT, "VIRTUAL", 0);
    }

    private String prepaid() {
        return sandbox.newCard(owner, ManagedCard.PREPAID, "VIRTUAL", 0);
    }

    private String ccy() {
        return sandbox.server.state().accountsOf(owner.id()).get(0).currency();
    }

    private static SpendRules.Builder rules() {
        return SpendRules.builder();
    }

    private static ValidationError firstError(Throwable e) {
        return ((ValidationException) e).validationErrors().get(0);
    }

    // ---- defaults and lifecycle

    @Test
    void debitCardWithoutRulesShowsTheDefaultAlwaysZeroLimit() {
        var all = cards.spendRules(debit());
        assertThat(all.cardLevelSpendRules().spendLimit()).containsExactly(SpendLimit.of(ccy(), 0, "ALWAYS"));
        assertThat(all.profileLevelSpendRules().allowContactless()).isTrue();
        assertThat(all.profileLevelSpendRules().spendLimit()).isNull();
        assertThat(all.identityLevelSpendRules().isEmpty()).isTrue();
    }

    @Test
    void prepaidCardNeverShowsASpendLimit() throws Exception {
        String id = prepaid();
        assertThat(cards.spendRules(id).cardLevelSpendRules().spendLimit()).isNull();
        String token = sandbox.token(IdentityType.CORPORATE, 2);
        try (var r = sandbox.raw().newCall(new Request.Builder().url(sandbox.server.rootUrl()
                + "/multi/backoffice/managed_cards/" + id + "/spend_rules").header("api-key", sandbox.server.apiKey())
                .header("Authorization", "Bearer " + token).build()).execute()) {
            assertThat(r.body().string()).doesNotContain("spendLimit");
        }
    }

    @Test
    void createOnceThenConflictDeleteThenCreateAgain() {
        String id = debit();
        cards.createSpendRules(id, rules().allowAtm(false).build());
        assertThat(cards.spendRules(id).cardLevelSpendRules().allowAtm()).isFalse();
        assertThatThrownBy(() -> cards.createSpendRules(id, rules().allowAtm(true).build()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("SPEND_RULE_ALREADY_SET"));
        assertThat(cards.spendRules(id).cardLevelSpendRules().allowAtm()).isFalse();
        cards.deleteSpendRules(id);
        assertThat(cards.spendRules(id).cardLevelSpendRules().allowAtm()).isNull();
        assertThatThrownBy(() -> cards.deleteSpendRules(id)).isInstanceOf(NotFoundException.class);
        cards.createSpendRules(id, rules().minTransactionAmount(0L).maxTransactionAmount(0L).build());
        assertThat(cards.spendRules(id).cardLevelSpendRules().maxTransactionAmount()).isZero();
    }

    @Test
    void patchAndDeleteNeedRulesToExist() {
        String id = debit();
        assertThatThrownBy(() -> cards.updateSpendRules(id, rules().allowAtm(true).build(), RequestOptions.NONE))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cards.deleteSpendRules(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void rulesCanBeSetOnABlockedCardAndReadOnADestroyedOneButNotWritten() {
        String id = debit();
        sandbox.setCardState(id, "BLOCKED", "USER");
        cards.createSpendRules(id, rules().allowECommerce(false).build());
        sandbox.setCardState(id, "DESTROYED", "USER");
        assertThat(cards.spendRules(id).cardLevelSpendRules().allowECommerce()).isFalse();
        assertThatThrownBy(() -> cards.updateSpendRules(id, rules().allowECommerce(true).build(),
                RequestOptions.NONE)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.errorCode()).isEqualTo("INSTRUMENT_DESTROYED"));
    }

    // ---- PATCH semantics

    @Test
    void patchLeavesOmittedFieldsReplacesListsAndClearsWithEmptyOrNullOnlyLists() {
        String id = debit();
        cards.createSpendRules(id, rules().blockedMerchantCategories(List.of("7995", "6011"))
                .allowedMerchantCountries(List.of("MT", "GB")).allowAtm(false).build());
        cards.updateSpendRules(id, rules().blockedMerchantCategories(List.of("4829")).build(), RequestOptions.NONE);
        SpendRules now = cards.spendRules(id).cardLevelSpendRules();
        assertThat(now.blockedMerchantCategories()).containsExactly("4829");
        assertThat(now.allowedMerchantCountries()).containsExactly("MT", "GB");
        assertThat(now.allowAtm()).isFalse();
        cards.updateSpendRules(id, rules().allowedMerchantCountries(List.of()).build(), RequestOptions.NONE);
        assertThat(cards.spendRules(id).cardLevelSpendRules().allowedMerchantCountries()).isNull();
        cards.updateSpendRules(id, rules().blockedMerchantCategories(Collections.singletonList(null)).build(),
                RequestOptions.NONE);
        assertThat(cards.spendRules(id).cardLevelSpendRules().blockedMerchantCategories()).isNull();
    }

    @Test
    void nullsInsideListsAreDroppedAndAListOfOnlyNullsIsAbsent() {
        String id = debit();
        cards.createSpendRules(id, rules().blockedMerchantIds(Arrays.asList("m-1", null, "m-2"))
                .allowedMerchantIds(Arrays.asList(null, null)).build());
        SpendRules now = cards.spendRules(id).cardLevelSpendRules();
        assertThat(now.blockedMerchantIds()).containsExactly("m-1", "m-2");
        assertThat(now.allowedMerchantIds()).isNull();
    }

    @Test
    void spendLimitIsReplacedWholeOrIncremented() {
        String id = debit();
        cards.createSpendRules(id, rules().spendLimit(List.of(SpendLimit.of(ccy(), 10_000, "DAILY"),
                SpendLimit.of(ccy(), 50_000, "MONTHLY"))).build());
        cards.updateSpendRules(id, rules().spendLimit(List.of(SpendLimit.of(ccy(), 2_500, "DAILY")))
                .updateSpendLimitMethod("INCREMENT").build(), RequestOptions.NONE);
        assertThat(cards.spendRules(id).cardLevelSpendRules().spendLimit()).containsExactly(
                SpendLimit.of(ccy(), 12_500, "DAILY"), SpendLimit.of(ccy(), 50_000, "MONTHLY"));
        cards.updateSpendRules(id, rules().spendLimit(List.of(SpendLimit.of(ccy(), 7_000, "WEEKLY"))).build(),
                RequestOptions.NONE);
        assertThat(cards.spendRules(id).cardLevelSpendRules().spendLimit())
                .containsExactly(SpendLimit.of(ccy(), 7_000, "WEEKLY"));
    }

    // ---- 409 rows

    @Test
    void spendLimitOnAPrepaidCardIsRefusedButAnEmptyListIsFine() {
        String id = prepaid();
        assertThatThrownBy(() -> cards.createSpendRules(id, rules().spendLimit(List.of(SpendLimit.of(ccy(), 1,
                "DAILY"))).build())).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.errorCode()).isEqualTo("SPEND_LIMIT_NOT_SUPPORTED_FOR_PREPAID_MODE_CARD"));
        cards.createSpendRules(id, rules().spendLimit(List.of()).allowAtm(false).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABC", "OTHER"})
    void limitCurrencyOtherThanTheCardsIsAConflict(String currency) {
        String id = debit();
        String other = currency.equals("OTHER") ? (ccy().equals("EUR") ? "GBP" : "EUR") : currency;
        assertThatThrownBy(() -> cards.createSpendRules(id, rules().spendLimit(List.of(SpendLimit.of(other, 100,
                "DAILY"))).build())).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.errorCode()).isEqualTo("SPEND_LIMIT_CURRENCY_DIFFERENT_FROM_CARD_CURRENCY"));
    }

    @Test
    void duplicateIntervalAndNegativeLimitAreConflicts() {
        String id = debit();
        assertThatThrownBy(() -> cards.createSpendRules(id, rules().spendLimit(List.of(SpendLimit.of(ccy(), 1,
                "DAILY"), SpendLimit.of(ccy(), 2, "DAILY"))).build()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("SPEND_LIMIT_DUPLICATE_INTERVAL"));
        assertThatThrownBy(() -> cards.createSpendRules(id, rules().spendLimit(List.of(SpendLimit.of(ccy(), -1,
                "DAILY"))).build())).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.errorCode()).isEqualTo("SPEND_LIMIT_AMOUNT_INVALID"));
    }

    // ---- 400 rows

    @ParameterizedTest
    @ValueSource(strings = {"", "ABCD"})
    void limitCurrencyOfTheWrongSizeIsARangeError(String currency) {
        String id = debit();
        assertThatThrownBy(() -> cards.createSpendRules(id, rules().spendLimit(List.of(SpendLimit.of(currency, 1,
                "DAILY"))).build())).isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(firstError(e).fieldName()).isEqualTo("spendLimit.value.currency");
                    assertThat(firstError(e).error()).isEqualTo("RANGE");
                });
    }

    @Test
    void emptyLimitCurrencyInAPatchHasNoText() {
        String id = debit();
        cards.createSpendRules(id, rules().allowAtm(true).build());
        assertThatThrownBy(() -> cards.updateSpendRules(id, rules().spendLimit(List.of(SpendLimit.of("", 1,
                "DAILY"))).build(), RequestOptions.NONE))
                .satisfies(e -> assertThat(firstError(e).error()).isEqualTo("HAS_TEXT"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "UNKNOWN"})
    void badIntervalGivesThreeErrors(String interval) {
        String id = debit();
        assertThatThrownBy(() -> cards.createSpendRules(id, rules().spendLimit(List.of(SpendLimit.of(ccy(), 1,
                interval))).build())).isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.validationErrors()).hasSize(3);
                    assertThat(e.validationErrors()).allMatch(v -> v.error().equals("INVALID_TYPE_OR_VALUE"));
                    assertThat(e.validationErrors().get(0).fieldName()).isEqualTo("spendLimit");
                    assertThat(e.validationErrors().get(2).fieldName()).isEqualTo("interval");
                });
    }

    @Test
    void limitValueOrIntervalMissingIsRequired() {
        String id = debit();
        assertThatThrownBy(() -> cards.createSpendRules(id, rules().spendLimit(List.of(new SpendLimit(null, "DAILY",
                null))).build())).satisfies(e -> assertThat(firstError(e)).isEqualTo(
                ValidationError.of("spendLimit.value", "REQUIRED", "spendLimit.value must not be null")));
        assertThatThrownBy(() -> cards.createSpendRules(id, rules().spendLimit(List.of(new SpendLimit(
                new CurrencyAmount(ccy(), 1), null, null))).build()))
                .satisfies(e -> assertThat(firstError(e).fieldName()).isEqualTo("spendLimit.interval"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"minTransactionAmount", "maxTransactionAmount"})
    void negativeTransactionAmountIsAtLeast(String field) {
        String id = debit();
        SpendRules body = field.startsWith("min") ? rules().minTransactionAmount(-1L).build()
                : rules().maxTransactionAmount(-1L).build();
        assertThatThrownBy(() -> cards.createSpendRules(id, body)).satisfies(e -> assertThat(firstError(e))
                .isEqualTo(ValidationError.of(field, "AT_LEAST", field + " must be greater than or equal to 0")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MLT", "M", "123", "mt"})
    void badCountryCodeIsAnInvalidRequest(String country) {
        String id = debit();
        assertThatThrownBy(() -> cards.createSpendRules(id, rules().blockedMerchantCountries(List.of(country))
                .build())).satisfies(e -> assertThat(firstError(e).error()).isEqualTo("INVALID_REQUEST"));
    }

    @Test
    void listsLongerThanTheirMaximumAreAtMost() {
        String id = debit();
        List<String> mccs = IntStream.range(0, 201).mapToObj(i -> String.format("%04d", i)).toList();
        assertThatThrownBy(() -> cards.createSpendRules(id, rules().allowedMerchantCategories(mccs).build()))
                .satisfies(e -> assertThat(firstError(e)).extracting(ValidationError::fieldName,
                        ValidationError::error).containsExactly("allowedMerchantCategories", "AT_MOST"));
        List<String> countries = Locale.getISOCountries().length > 50
                ? Arrays.asList(Locale.getISOCountries()).subList(0, 51) : List.of();
        assertThatThrownBy(() -> cards.createSpendRules(id, rules().allowedMerchantCountries(countries).build()))
                .satisfies(e -> assertThat(firstError(e).error()).isEqualTo("AT_MOST"));
        cards.createSpendRules(id, rules().allowedMerchantCategories(mccs.subList(0, 200)).build());
    }

    // ---- enforcement on purchases

    @Test
    void purchasesHonourBlockedOverAllowedAndTheSpendLimit() {
        String id = debit();
        cards.createSpendRules(id, rules().allowedMerchantCategories(List.of("5411", "5812"))
                .blockedMerchantCategories(List.of("5812")).spendLimit(List.of(SpendLimit.of(ccy(), 3_000,
                        "DAILY"))).build());
        assertThat(purchase(id, 1_000, "5411").path("approved").asBoolean()).isTrue();
        var blocked = purchase(id, 1_000, "5812");
        assertThat(blocked.path("approved").asBoolean()).isFalse();
        assertThat(blocked.path("declineReason").asText()).isEqualTo("SPEND_RULE_FAILED");
        assertThat(purchase(id, 1_500, "5411").path("approved").asBoolean()).isTrue();
        assertThat(purchase(id, 600, "5411").path("approved").asBoolean()).as("over the daily limit").isFalse();
        var last = sandbox.server.state().entries(sandbox.server.state().card(id).orElseThrow());
        assertThat(last.get(last.size() - 1).additionalFields().get("spendRuleFailedReason"))
                .isEqualTo("SPEND_LIMIT_EXCEEDED_DAILY");
    }

    private JsonNode purchase(String card, long amount, String mcc) {
        return sandbox.admin("/sandbox/card_purchases", "{\"managedCardId\":\"" + card + "\",\"amount\":" + amount
                + ",\"merchantName\":\"Shop\",\"merchantCategoryCode\":\"" + mcc + "\",\"merchantCountry\":\"MT\"}",
                201);
    }
}
