package backoffice.app.spendrules;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 codes and their English names. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    public static boolean isCode(String code) {
        return code != null && CODES.contains(code);
    }

    public static String name(String code) {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }
}
