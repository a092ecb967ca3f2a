package backoffice.sandbox.routes;

import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.MoneyLimits;
import backoffice.client.model.SpendLimit;
import backoffice.client.model.SpendRules;
import backoffice.sandbox.http.Body;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a spend-rules body (POST, PATCH, PUT, bulk item) the way the API validates it (§5.4): list sizes (200 merchant
 * categories or ids, 50 countries → AT_MOST), country codes (→ INVALID_REQUEST), amounts ≥ 0 (→ AT_LEAST), spend limit
 * value/interval required, currency size 3 (→ RANGE; an empty one in a PATCH → HAS_TEXT), a bad interval (three
 * INVALID_TYPE_OR_VALUE errors). Nulls inside lists are dropped; in a POST a list of only nulls is absent, in a PATCH
 * it clears.
 */
public final class SpendRuleRequests {

    public static final int MAX_MERCHANT_ITEMS = 200;
    public static final int MAX_COUNTRIES = 50;
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");
    private static final Set<String> METHODS = Set.of("OVERWRITE", "INCREMENT");

    private SpendRuleRequests() {
    }

    public static SpendRules parse(Body body, boolean patch) {
        SpendRules.Builder b = SpendRules.builder()
                .allowedMerchantCategories(list(body, "allowedMerchantCategories", MAX_MERCHANT_ITEMS, false, patch))
                .blockedMerchantCategories(list(body, "blockedMerchantCategories", MAX_MERCHANT_ITEMS, false, patch))
                .allowedMerchantIds(list(body, "allowedMerchantIds", MAX_MERCHANT_ITEMS, false, patch))
                .blockedMerchantIds(list(body, "blockedMerchantIds", MAX_MERCHANT_ITEMS, false, patch))
                .allowedMerchantCountries(list(body, "allowedMerchantCountries", MAX_COUNTRIES, true, patch))
                .blockedMerchantCountries(list(body, "blockedMerchantCountries", MAX_COUNTRIES, true, patch))
                .allowContactless(body.bool("allowContactless"))
                .allowAtm(body.bool("allowAtm"))
                .allowECommerce(body.bool("allowECommerce"))
                .allowCashback(body.bool("allowCashback"))
                .allowCreditAuthorisations(body.bool("allowCreditAuthorisations"))
                .minTransactionAmount(amount(body, "minTransactionAmount"))
                .maxTransactionAmount(amount(body, "maxTransactionAmount"))
                .spendLimit(limits(body, patch));
        if (body.object("rolloverPolicy", false)) {
            Boolean negative = body.bool("rolloverPolicy.rolloverNegative");
            if (negative == null) {
                body.reject("rolloverPolicy.rolloverNegative", "REQUIRED", "rolloverNegative must not be null");
            } else {
                b.rolloverPolicy(new SpendRules.RolloverPolicy(negative));
            }
        }
        if (patch) {
            b.updateSpendLimitMethod(body.oneOf("updateSpendLimitMethod", METHODS, false));
        }
        body.check();
        return b.build();
    }

    private static List<String> list(Body body, String field, int max, boolean countries, boolean patch) {
        JsonNode n = body.node().get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isArray()) {
            body.reject(field, "INVALID_TYPE_OR_VALUE", field + " must be a list");
            return null;
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : n) {
            if (item.isNull()) {
                continue;
            }
            if (!item.isTextual() || item.asText().isBlank()) {
                body.reject(field, "INVALID_TYPE_OR_VALUE", field + " holds a value that is not a text");
                return null;
            }
            if (countries && !COUNTRY.matcher(item.asText()).matches()) {
                body.reject(field, "INVALID_REQUEST", item.asText() + " is not an ISO 3166-1 alpha-2 country code");
                return null;
            }
            out.add(item.asText());
        }
        if (out.size() > max) {
            body.reject(field, "AT_MOST", field + " must have at most " + max + " items");
            return null;
        }
        if (out.isEmpty()) {
            return patch ? List.of() : null;
        }
        return out;
    }

    private static Long amount(Body body, String field) {
        Long v = body.amount(field, false);
        if (v != null && v < 0) {
            body.reject(field, "AT_LEAST", field + " must be greater than or equal to 0");
            return null;
        }
        return v;
    }

    private static List<SpendLimit> limits(Body body, boolean patch) {
        JsonNode n = body.node().get("spendLimit");
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isArray()) {
            body.reject("spendLimit", "INVALID_TYPE_OR_VALUE", "spendLimit must be a list");
            return null;
        }
        List<SpendLimit> out = new ArrayList<>();
        for (JsonNode item : n) {
            if (item.isNull()) {
                continue;
            }
            SpendLimit limit = limit(body, item, patch);
            if (limit != null) {
                out.add(limit);
            }
        }
        return out.isEmpty() && !patch ? List.of() : out;
    }

    private static SpendLimit limit(Body body, JsonNode item, boolean patch) {
        JsonNode value = item.get("value");
        JsonNode interval = item.get("interval");
        boolean ok = true;
        if (value == null || value.isNull()) {
            body.reject("spendLimit.value", "REQUIRED", "spendLimit.value must not be null");
            ok = false;
        }
        if (interval == null || interval.isNull()) {
            body.reject("spendLimit.interval", "REQUIRED", "spendLimit.interval must not be null");
            ok = false;
        } else if (!interval.isTextual() || !SpendLimit.INTERVALS.contains(interval.asText())) {
            body.reject("spendLimit", "INVALID_TYPE_OR_VALUE", "spendLimit holds an unknown interval");
            body.reject("spendLimit.interval", "INVALID_TYPE_OR_VALUE", "interval must be one of "
                    + SpendLimit.INTERVALS);
            body.reject("interval", "INVALID_TYPE_OR_VALUE", "interval must be one of " + SpendLimit.INTERVALS);
            ok = false;
        }
        if (!ok) {
            return null;
        }
        JsonNode ccy = value.get("currency");
        JsonNode amount = value.get("amount");
        String currency = ccy == null || ccy.isNull() ? null : ccy.asText();
        if (currency == null) {
            body.reject("spendLimit.value.currency", "REQUIRED", "currency must not be null");
            return null;
        }
        if (currency.isEmpty() && patch) {
            body.reject("spendLimit.value.currency", "HAS_TEXT", "currency must not be blank");
            return null;
        }
        if (currency.length() != 3) {
            body.reject("spendLimit.value.currency", "RANGE", "spendLimit.value.currency size must be between 3 and 3");
            return null;
        }
        if (amount == null || !amount.isIntegralNumber() || !amount.canConvertToLong()) {
            body.reject("spendLimit.value.amount", amount == null ? "REQUIRED" : "INVALID_TYPE_OR_VALUE",
                    "spendLimit.value.amount must be a whole number of minor units");
            return null;
        }
        if (!MoneyLimits.withinMaximum(amount.asLong())) {
            body.reject("spendLimit.value.amount", "AT_MOST", "spendLimit.value.amount must be at most "
                    + MoneyLimits.MAX_AMOUNT);
            return null;
        }
        JsonNode start = item.get("startTimestamp");
        Long startTimestamp = start != null && start.canConvertToLong() ? start.asLong() : null;
        return new SpendLimit(new CurrencyAmount(currency, amount.asLong()), interval.asText(), startTimestamp);
    }
}
