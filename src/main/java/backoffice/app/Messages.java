package backoffice.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every UI string, from {@code backoffice/app/messages.properties}: MessageFormat patterns. */
public final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("backoffice.app.messages", Locale.ROOT);

    private Messages() {
    }

    public static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** For keys built at run time (error codes): the text, or null when there is none. */
    public static String find(String key, Object... args) {
        try {
            return get(key, args);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
