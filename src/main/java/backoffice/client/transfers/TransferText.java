package backoffice.client.transfers;

import java.util.regex.Pattern;

/**
 * The published rules for a transfer's free text, shared by the console's form (which refuses as the agent types)
 * and the sandbox (which refuses with 400 as the live API does): {@code description} at most 255 characters of
 * {@code ^[a-zA-Z0-9\/\-?:().$_,'+\s#=!"%&*<>;\{@\r\n]*$}; {@code tag} at most 50 of {@code ^[a-zA-Z0-9_-]+$}.
 */
public final class TransferText {

    public static final int DESCRIPTION_MAX = 255;
    public static final int TAG_MAX = 50;
    public static final Pattern DESCRIPTION = Pattern.compile("^[a-zA-Z0-9/\\-?:().$_,'+\\s#=!\"%&*<>;{@\\r\\n]*$");
    public static final Pattern TAG = Pattern.compile("^[a-zA-Z0-9_-]+$");

    private TransferText() {
    }

    /** The first character of {@code text} the description's character set does not allow, or null. */
    public static String badDescriptionChar(String text) {
        return firstNotMatching(text, DESCRIPTION);
    }

    /** The first character of {@code text} a tag does not allow, or null. */
    public static String badTagChar(String text) {
        return firstNotMatching(text, TAG);
    }

    private static String firstNotMatching(String text, Pattern allowed) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            String c = new String(Character.toChars(text.codePointAt(i)));
            if (!allowed.matcher(c).matches()) {
                return c;
            }
        }
        return null;
    }
}
