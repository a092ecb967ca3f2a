package backoffice.app.transactions;

import backoffice.app.Messages;
import backoffice.app.spendrules.Countries;
import backoffice.app.ui.Money;
import java.util.Locale;
import java.util.Map;

/**
 * A declined authorisation's reason in words that name the rule, from the statement entry's additional fields
 * ({@code declineReason}, {@code spendRuleFailedReason}, merchant fields), e.g. "merchant category 7995
 * Betting/Casino Gambling is blocked on this card". An unknown code is shown as it came.
 */
public final class DeclineWording {

    private DeclineWording() {
    }

    /** The sentence, or null when the fields carry no decline reason. */
    public static String describe(Map<String, String> fields, long attemptedMinor, String currency) {
        if (fields == null || fields.get("declineReason") == null) {
            return null;
        }
        return describe(fields,
                currency == null ? String.valueOf(attemptedMinor) : Money.format(attemptedMinor, currency));
    }

    /** The same with the attempted amount as words (a table row does not keep it). */
    public static String describe(Map<String, String> fields, String amount) {
        if (fields == null || fields.get("declineReason") == null) {
            return null;
        }
        String reason = fields.get("declineReason");
        String rule = fields.get("spendRuleFailedReason");
        String mcc = fields.get("merchantCategoryCode");
        String country = fields.get("merchantTerminalCountry");
        if ("SPEND_RULE_FAILED".equals(reason) && rule != null) {
            String interval = rule.startsWith("SPEND_LIMIT_EXCEEDED_") ? rule.substring(21) : null;
            String words = interval != null
                    ? Messages.get("decline.rule.SPEND_LIMIT_EXCEEDED", interval.toLowerCase(Locale.ROOT),
                    amount)
                    : Messages.find("decline.rule." + rule, mcc == null ? unknown() : MccNames.describe(mcc),
                    country == null ? unknown() : country + " " + Countries.name(country),
                    fields.getOrDefault("merchantId", unknown()), amount);
            return words != null ? words : Messages.get("decline.rule.other", rule);
        }
        String words = Messages.find("decline." + reason, amount);
        return words != null ? words : Messages.get("decline.other", reason);
    }

    /** What stands for a merchant field the caller does not have (a table row keeps the code only). */
    private static String unknown() {
        return Messages.get("decline.unknownField");
    }
}
