package backoffice.app.ui;

import backoffice.app.Messages;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a typed date means: ISO ({@code 2026-10-27}) first, then the locale's short and medium formats (US
 * {@code 10/27/2026}, {@code 10/27/26}, {@code Oct 27, 2026}). Never throws: empty text is "no date", anything else
 * that is not a real date is an error sentence. Dates are always shown back in ISO, as the tables show them.
 */
public final class DateInput {

    /** The outcome of reading a text: a date, nothing (empty text), or why it is not a date. */
    public record Parsed(LocalDate date, String error) {

        public boolean empty() {
            return date == null && error == null;
        }
    }

    private final List<DateTimeFormatter> formats = new ArrayList<>();
    private final String localExample;

    public DateInput(Locale locale) {
        formats.add(DateTimeFormatter.ISO_LOCAL_DATE);
        for (FormatStyle style : List.of(FormatStyle.SHORT, FormatStyle.MEDIUM)) {
            String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null,
                    IsoChronology.INSTANCE, locale);
            if (!pattern.contains("yyyy") && pattern.contains("yy")) {
                formats.add(strict(pattern.replace("yy", "yyyy"), locale)); // 10/27/2026 where the locale says 10/27/26
            }
            formats.add(strict(pattern, locale));
        }
        localExample = formats.get(1).format(LocalDate.of(2026, 10, 27));
    }

    /** Reads {@code text}; never throws. */
    public Parsed parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new Parsed(null, null);
        }
        for (DateTimeFormatter f : formats) {
            try {
                return new Parsed(LocalDate.parse(t, f), null);
            } catch (DateTimeParseException notThisFormat) {
                // try the next one
            }
        }
        return new Parsed(null, Messages.get("date.invalid", t, localExample));
    }

    /** How a date is shown everywhere: ISO, empty for none. */
    public static String show(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static DateTimeFormatter strict(String pattern, Locale locale) {
        // 'u' (proleptic year) instead of 'y' (year of era) so that STRICT needs no era field
        return DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), locale).withResolverStyle(ResolverStyle.STRICT);
    }
}
