package backoffice.sandbox.store;

import backoffice.client.model.SpendLimit;
import backoffice.client.model.SpendRules;
import backoffice.client.model.StatementEntry;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Whether a purchase passes a card's card-level spend rules (blocked lists win over allowed lists): merchant
 * category, merchant id, country, channel switches, min/max transaction amount, and spend limits per interval
 * (UTC calendar day, Monday–Sunday week, month, quarter, year, or the card's lifetime). Answers the reason the
 * sandbox writes into {@code additionalFields.spendRuleFailedReason}, or null when the purchase passes.
 */
final class SpendRuleCheck {

    private SpendRuleCheck() {
    }

    static String failedReason(SpendRules rules, Purchases.Purchase p, List<StatementEntry> cardEntries,
                               long timestamp) {
        if (rules == null) {
            return null;
        }
        if (contains(rules.blockedMerchantCategories(), p.mcc())) {
            return "MERCHANT_CATEGORY_BLOCKED";
        }
        if (notAllowed(rules.allowedMerchantCategories(), p.mcc())) {
            return "MERCHANT_CATEGORY_NOT_ALLOWED";
        }
        if (p.merchantId() != null && contains(rules.blockedMerchantIds(), p.merchantId())) {
            return "MERCHANT_BLOCKED";
        }
        if (p.merchantId() != null && notAllowed(rules.allowedMerchantIds(), p.merchantId())) {
            return "MERCHANT_NOT_ALLOWED";
        }
        if (contains(rules.blockedMerchantCountries(), p.country())) {
            return "COUNTRY_BLOCKED";
        }
        if (notAllowed(rules.allowedMerchantCountries(), p.country())) {
            return "COUNTRY_NOT_ALLOWED";
        }
        Boolean channelAllowed = switch (p.channel()) {
            case "ATM" -> rules.allowAtm();
            case "CONTACTLESS" -> rules.allowContactless();
            case "ECOMMERCE" -> rules.allowECommerce();
            default -> null;
        };
        if (Boolean.FALSE.equals(channelAllowed)) {
            return p.channel() + "_NOT_ALLOWED";
        }
        Long max = rules.maxTransactionAmount();
        if (max != null && max > 0 && p.amount() > max) {
            return "ABOVE_MAX_TRANSACTION_AMOUNT";
        }
        Long min = rules.minTransactionAmount();
        if (min != null && min > 0 && p.amount() < min) {
            return "BELOW_MIN_TRANSACTION_AMOUNT";
        }
        if (rules.spendLimit() != null) {
            for (SpendLimit limit : rules.spendLimit()) {
                long spent = spentSince(cardEntries, intervalStart(limit.interval(), timestamp));
                if (BalanceMath.sum(spent, p.amount()) > limit.value().amount()) {
                    return "SPEND_LIMIT_EXCEEDED_" + limit.interval();
                }
            }
        }
        return null;
    }

    /** Settled spending from {@code since} on, scanning the (chronological) ledger backwards. */
    private static long spentSince(List<StatementEntry> entries, long since) {
        long spent = 0;
        for (int i = entries.size() - 1; i >= 0; i--) {
            StatementEntry e = entries.get(i);
            if (e.processedTimestamp() < since) {
                break;
            }
            if ("SETTLEMENT".equals(e.transactionId().type())) {
                spent -= e.transactionAmount().amount();
            }
        }
        return spent;
    }

    static long intervalStart(String interval, long timestamp) {
        ZonedDateTime t = Instant.ofEpochMilli(timestamp).atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
        ZonedDateTime start = switch (interval) {
            case "DAILY" -> t;
            case "WEEKLY" -> t.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "MONTHLY" -> t.withDayOfMonth(1);
            case "QUARTERLY" -> t.withDayOfMonth(1).withMonth((t.getMonthValue() - 1) / 3 * 3 + 1);
            case "YEARLY" -> t.withDayOfYear(1);
            default -> null;
        };
        return start == null ? Long.MIN_VALUE : start.toInstant().toEpochMilli();
    }

    private static boolean contains(List<String> list, String value) {
        return list != null && list.contains(value);
    }

    private static boolean notAllowed(List<String> allowed, String value) {
        return allowed != null && !allowed.isEmpty() && !allowed.contains(value);
    }
}
