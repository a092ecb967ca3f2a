package backoffice.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether a purchase passes a card's card-level spend rules (blocked lists win over allowed lists): merchant
 * category, merchant id, country, channel switches, and min/max transaction amount. Answers the decline reason
 * the sandbox writes into {@code additionalFields.spendRuleFailedReason}, or null when the purchase passes.
 */
final class SpendRuleCheck {

    private SpendRuleCheck() {
    }

    static String failedReason(JsonNode rules, Purchases.Purchase p) {
        if (rules == null) {
            return null;
        }
        if (contains(rules, "blockedMerchantCategories", p.mcc())) {
            return "MERCHANT_CATEGORY_BLOCKED";
        }
        if (notAllowed(rules, "allowedMerchantCategories", p.mcc())) {
            return "MERCHANT_CATEGORY_NOT_ALLOWED";
        }
        if (p.merchantId() != null && contains(rules, "blockedMerchantIds", p.merchantId())) {
            return "MERCHANT_BLOCKED";
        }
        if (p.merchantId() != null && notAllowed(rules, "allowedMerchantIds", p.merchantId())) {
            return "MERCHANT_NOT_ALLOWED";
        }
        if (contains(rules, "blockedMerchantCountries", p.country())) {
            return "COUNTRY_BLOCKED";
        }
        if (notAllowed(rules, "allowedMerchantCountries", p.country())) {
            return "COUNTRY_NOT_ALLOWED";
        }
        String channelSwitch = switch (p.channel()) {
            case "ATM" -> "allowAtm";
            case "CONTACTLESS" -> "allowContactless";
            case "ECOMMERCE" -> "allowECommerce";
            default -> null;
        };
        if (channelSwitch != null && rules.path(channelSwitch).isBoolean() && !rules.path(channelSwitch).asBoolean()) {
            return p.channel() + "_NOT_ALLOWED";
        }
        long max = rules.path("maxTransactionAmount").asLong(0);
        if (max > 0 && p.amount() > max) {
            return "ABOVE_MAX_TRANSACTION_AMOUNT";
        }
        long min = rules.path("minTransactionAmount").asLong(0);
        if (min > 0 && p.amount() < min) {
            return "BELOW_MIN_TRANSACTION_AMOUNT";
        }
        return null;
    }

    private static boolean contains(JsonNode rules, String list, String value) {
        for (JsonNode n : rules.path(list)) {
            if (n.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean notAllowed(JsonNode rules, String list, String value) {
        JsonNode allowed = rules.path(list);
        return allowed.isArray() && !allowed.isEmpty() && !contains(rules, list, value);
    }
}
