package backoffice.client;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes secrets from anything that is about to be logged, journaled or exported: the api-key and Authorization
 * headers, bearer tokens, full card numbers (kept as first six + last four) and CVVs.
 */
public final class Redactor {

    public static final String MASK = "[REDACTED]";

    private static final Set<String> SECRET_HEADERS = Set.of("api-key", "authorization", "cookie", "set-cookie");
    private static final Pattern PAN = Pattern.compile("(?<![0-9])[0-9](?:[ -]?[0-9]){12,15}(?![0-9])");
    private static final Pattern CVV_FIELD =
            Pattern.compile("(\"(?:cvv|cvc|cvv2)\"\\s*:\\s*(?:\\{\\s*\"value\"\\s*:\\s*)?\")[^\"]*(\")",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern SECRET_FIELD =
            Pattern.compile("(\"(?:api-?key|apiKey|token|authorization|password)\"\\s*:\\s*\")[^\"]*(\")",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");

    private Redactor() {
    }

    public static boolean isSecretHeader(String name) {
        return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    public static String header(String name, String value) {
        return isSecretHeader(name) ? MASK : text(value);
    }

    /** Masks card numbers, CVVs, tokens and keys found in free text or JSON. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        String out = CVV_FIELD.matcher(value).replaceAll("$1***$2");
        out = SECRET_FIELD.matcher(out).replaceAll("$1" + MASK + "$2");
        out = BEARER.matcher(out).replaceAll("$1" + MASK);
        return PAN.matcher(out).replaceAll(m -> maskPan(m.group()));
    }

    private static String maskPan(String candidate) {
        if (!isPan(candidate)) {
            return candidate;
        }
        String digits = candidate.replaceAll("[^0-9]", "");
        return digits.substring(0, 6) + "******" + digits.substring(digits.length() - 4);
    }

    /** Card-number-shaped: 13 to 16 digits passing Luhn once separators are removed. API ids (~18 digits) are kept. */
    private static boolean isPan(String candidate) {
        String digits = candidate.replaceAll("[^0-9]", "");
        return digits.length() >= 13 && digits.length() <= 16 && luhn(digits);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean alt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (alt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            alt = !alt;
        }
        return sum % 10 == 0;
    }
}
