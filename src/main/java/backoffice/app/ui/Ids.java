package backoffice.app.ui;

import java.util.regex.Pattern;

/**
 * What an agent types or pastes into an id field, made into the id: Weavr ids are decimal numbers, often shown or
 * pasted in groups ("110 170 049 121 026 001", "110-170-049"), so spaces and dashes between the digits are dropped.
 * Anything else is left (trimmed) for the field's check to refuse.
 */
public final class Ids {

    private static final Pattern GROUPED_DIGITS = Pattern.compile("^[0-9]+([\\s\\u00A0\\u202F\\-\\u2010-\\u2013]+[0-9]+)*$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u202F\\-\\u2010-\\u2013]+");

    private Ids() {
    }

    /** The digits of a grouped id, or the trimmed text as typed when it is not one ("" for null). */
    public static String normalise(String typed) {
        String t = typed == null ? "" : typed.strip();
        return GROUPED_DIGITS.matcher(t).matches() ? SEPARATORS.matcher(t).replaceAll("") : t;
    }

    /** True when the text, normalised, is an id (digits only). */
    public static boolean isId(String typed) {
        String n = normalise(typed);
        return !n.isEmpty() && n.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** An id's last four, which is how a customer names an account or card ("the one ending 6015"); "" for null. */
    public static String lastFour(String id) {
        if (id == null) {
            return "";
        }
        return id.length() <= 4 ? id : id.substring(id.length() - 4);
    }
}
