package backoffice.sandbox.http;

import java.util.regex.Pattern;

/** The API's id rule: decimal strings, {@code ^[0-9]+$}. */
public final class Ids {

    private static final Pattern ID = Pattern.compile("^[0-9]+$");

    private Ids() {
    }

    public static boolean isId(String value) {
        return value != null && value.length() <= 40 && ID.matcher(value).matches();
    }
}
