package backoffice.client.model;

import java.util.List;

/**
 * Spend rules of one level (card, profile or identity). Every field is optional: null means "not set" (and, in a
 * PATCH, "unchanged"); an empty list in a PATCH clears that list. Amounts are minor units of the card's currency.
 * {@code updateSpendLimitMethod} (OVERWRITE | INCREMENT) is for PATCH only; {@code authForwardingEnabled} appears
 * only at profile level.
 */
public record SpendRules(List<String> allowedMerchantCategories, List<String> blockedMerchantCategories,
                         List<String> allowedMerchantIds, List<String> blockedMerchantIds,
                         List<String> allowedMerchantCountries, List<String> blockedMerchantCountries,
                         Boolean allowContactless, Boolean allowAtm, Boolean allowECommerce, Boolean allowCashback,
                         Boolean allowCreditAuthorisations, Long minTransactionAmount, Long maxTransactionAmount,
                         List<SpendLimit> spendLimit, RolloverPolicy rolloverPolicy, String updateSpendLimitMethod,
                         Boolean authForwardingEnabled) {

    /** {@code {rolloverNegative}}. */
    public record RolloverPolicy(boolean rolloverNegative) {
    }

    public static final SpendRules NONE = new SpendRules(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null);

    public static Builder builder() {
        return new Builder(NONE);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Whether no field is set. (Not a JSON property.) */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** Fluent construction: only the fields set are sent. */
    public static final class Builder {
        private List<String> allowedMcc;
        private List<String> blockedMcc;
        private List<String> allowedIds;
        private List<String> blockedIds;
        private List<String> allowedCountries;
        private List<String> blockedCountries;
        private Boolean contactless;
        private Boolean atm;
        private Boolean ecommerce;
        private Boolean cashback;
        private Boolean creditAuth;
        private Long min;
        private Long max;
        private List<SpendLimit> limits;
        private RolloverPolicy rollover;
        private String method;
        private Boolean authForwarding;

        private Builder(SpendRules r) {
            allowedMcc = r.allowedMerchantCategories;
            blockedMcc = r.blockedMerchantCategories;
            allowedIds = r.allowedMerchantIds;
            blockedIds = r.blockedMerchantIds;
            allowedCountries = r.allowedMerchantCountries;
            blockedCountries = r.blockedMerchantCountries;
            contactless = r.allowContactless;
            atm = r.allowAtm;
            ecommerce = r.allowECommerce;
            cashback = r.allowCashback;
            creditAuth = r.allowCreditAuthorisations;
            min = r.minTransactionAmount;
            max = r.maxTransactionAmount;
            limits = r.spendLimit;
            rollover = r.rolloverPolicy;
            method = r.updateSpendLimitMethod;
            authForwarding = r.authForwardingEnabled;
        }

        public Builder allowedMerchantCategories(List<String> v) {
            allowedMcc = v;
            return this;
        }

        public Builder blockedMerchantCategories(List<String> v) {
            blockedMcc = v;
            return this;
        }

        public Builder allowedMerchantIds(List<String> v) {
            allowedIds = v;
            return this;
        }

        public Builder blockedMerchantIds(List<String> v) {
            blockedIds = v;
            return this;
        }

        public Builder allowedMerchantCountries(List<String> v) {
            allowedCountries = v;
            return this;
        }

        public Builder blockedMerchantCountries(List<String> v) {
            blockedCountries = v;
            return this;
        }

        public Builder allowContactless(Boolean v) {
            contactless = v;
            return this;
        }

        public Builder allowAtm(Boolean v) {
            atm = v;
            return this;
        }

        public Builder allowECommerce(Boolean v) {
            ecommerce = v;
            return this;
        }

        public Builder allowCashback(Boolean v) {
            cashback = v;
            return this;
        }

        public Builder allowCreditAuthorisations(Boolean v) {
            creditAuth = v;
            return this;
        }

        public Builder minTransactionAmount(Long v) {
            min = v;
            return this;
        }

        public Builder maxTransactionAmount(Long v) {
            max = v;
            return this;
        }

        public Builder spendLimit(List<SpendLimit> v) {
            limits = v;
            return this;
        }

        public Builder rolloverPolicy(RolloverPolicy v) {
            rollover = v;
            return this;
        }

        public Builder updateSpendLimitMethod(String v) {
            method = v;
            return this;
        }

        public SpendRules build() {
            return new SpendRules(allowedMcc, blockedMcc, allowedIds, blockedIds, allowedCountries, blockedCountries,
                    contactless, atm, ecommerce, cashback, creditAuth, min, max, limits, rollover, method,
                    authForwarding);
        }
    }
}
