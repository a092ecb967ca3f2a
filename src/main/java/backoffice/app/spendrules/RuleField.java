package backoffice.app.spendrules;

import java.util.Locale;

/** The editor's fields, with the API field each maps to (so a server 400 lands on the right one). */
public enum RuleField {
    ALLOWED_MCC("allowedMerchantCategories"),
    BLOCKED_MCC("blockedMerchantCategories"),
    ALLOWED_IDS("allowedMerchantIds"),
    BLOCKED_IDS("blockedMerchantIds"),
    ALLOWED_COUNTRIES("allowedMerchantCountries"),
    BLOCKED_COUNTRIES("blockedMerchantCountries"),
    MIN_AMOUNT("minTransactionAmount"),
    MAX_AMOUNT("maxTransactionAmount"),
    LIMITS("spendLimit");

    private final String apiName;

    RuleField(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    /** The field a server error's dotted {@code fieldName} belongs to, or null. */
    public static RuleField ofApiField(String fieldName) {
        if (fieldName == null) {
            return null;
        }
        String head = fieldName.split("\\.")[0];
        if (head.equals("interval")) {
            return LIMITS;
        }
        for (RuleField f : values()) {
            if (f.apiName.equals(head)) {
                return f;
            }
        }
        return null;
    }

    /** Message key suffix, e.g. {@code allowedMcc}. */
    public String key() {
        String[] parts = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return sb.toString();
    }
}
