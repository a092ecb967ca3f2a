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
import java.util.regex.Pattern;

/**
 * What a typed date means: ISO ({@code 2026-10-27}) first, then the locale's short, medium and long formats (US
 * {@code 10/27/2026}, {@code 10/27/26}, {@code Oct 27, 2026}), then what a customer reads out or an agent pastes
 * whatever the machine's locale: day-first with dots ({@code 27.10.2026}), a month's name in English or the locale's
 * language ({@code 27 Oct 2026}, {@code October 27, 2026}, {@code 27-oct-2026}) and {@code 2026/10/27}. Never throws:
 * empty text is "no date", anything else that is not a real date is an error sentence. Dates are always shown back in
 * ISO, as the tables show them.
 */
public final class DateInput {

    /** The outcome of reading a text: a date, nothing (empty text), or why it is not a date. */
    public record Parsed(LocalDate date, String error) {

        public boolean empty() {
            return date == null && error == null;
        }
    }

    /** A month by its name, short or long: "27 Oct 2026", "October 27, 2026", "27-oct-2026". */
    private static final List<String> NAMED_MONTH = List.of("d MMM yyyy", "d MMMM yyyy", "MMM d, yyyy", "MMMM d, yyyy",
            "MMM d yyyy", "MMMM d yyyy", "d-MMM-yyyy");

    /** A year letter on its own ("MMM d, y"): any number of digits, so "26" was the year 26. */
    private static final Pattern LONE_Y = Pattern.compile("(?<!y)y(?!y)");

    private final List<DateTimeFormatter> formats = new ArrayList<>();
    private final String localExample;

    public DateInput(Locale locale) {
        formats.add(DateTimeFormatter.ISO_LOCAL_DATE);
        for (FormatStyle style : List.of(FormatStyle.SHORT, FormatStyle.MEDIUM, FormatStyle.LONG)) {
            String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null,
                    IsoChronology.INSTANCE, locale);
            if (LONE_Y.matcher(pattern).find()) {
                // "y" reads "26" as the year 26 (a reviewer: "Oct 27, 26", en_GB "27/10/26"): four digits, or two
                // meaning 20xx
                formats.add(strict(LONE_Y.matcher(pattern).replaceAll("yyyy"), locale));
                formats.add(strict(LONE_Y.matcher(pattern).replaceAll("yy"), locale));
                continue;
            }
            if (!pattern.contains("yyyy") && pattern.contains("yy")) {
                formats.add(strict(pattern.replace("yy", "yyyy"), locale)); // 10/27/2026 where the locale says 10/27/26
            }
            formats.add(strict(pattern, locale));
        }
        localExample = formats.get(1).format(LocalDate.of(2026, 10, 27));
        formats.add(strict("d.M.yyyy", locale)); // dots are day-first wherever they are written
        formats.add(strict("yyyy/M/d", locale));
        // English month names always (en_GB's own short September is "Sept"), then the locale's
        for (Locale language : locale.equals(Locale.ENGLISH) ? List.of(locale) : List.of(Locale.ENGLISH, locale)) {
            for (String named : NAMED_MONTH) {
                formats.add(strict(named, language));
            }
        }
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
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern.replace('y', 'u'))
                .toFormatter(locale).withResolverStyle(ResolverStyle.STRICT);
    }
}
