package backoffice.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Typed dates: ISO and the locale's formats read back the same day; garbage is an error; empty is no date. */
class DateInputTest {

    private static final List<Locale> LOCALES = List.of(Locale.US, Locale.UK, Locale.GERMANY, Locale.FRANCE,
            Locale.JAPAN, Locale.ROOT);

    static List<Locale> locales() {
        return LOCALES;
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyDayReadsBackFromIsoAndFromTheLocalesOwnFormats(Locale locale) {
        Random random = new Random(16);
        DateInput input = new DateInput(locale);
        for (int i = 0; i < 400; i++) {
            LocalDate day = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(60 * 365));
            assertThat(input.parse(day.toString()).date()).as("ISO %s", day).isEqualTo(day);
            String shortText = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale).format(day);
            if (day.getYear() >= 2000 && day.getYear() < 2100) { // a two-digit year means 20xx
                assertThat(input.parse(shortText).date()).as(shortText).isEqualTo(day);
            }
            String medium = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
            assertThat(input.parse(medium).date()).as(medium).isEqualTo(day);
            assertThat(DateInput.show(input.parse(medium).date())).isEqualTo(day.toString());
        }
    }

    @Test
    void theUsFormatWithAFourDigitYearIsRead() {
        assertThat(new DateInput(Locale.US).parse("10/1/2026").date()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(new DateInput(Locale.US).parse(" 2026-10-27 ").date()).isEqualTo(LocalDate.of(2026, 10, 27));
    }

    @Test
    void whatACustomerReadsOutIsReadWhateverTheLocale() {
        LocalDate day = LocalDate.of(2026, 12, 3);
        for (Locale locale : LOCALES) {
            DateInput input = new DateInput(locale);
            for (String text : List.of("03.12.2026", "3.12.2026", "3 Dec 2026", "3 December 2026", "Dec 3, 2026",
                    "december 3, 2026", "DEC 3 2026", "3-dec-2026", "2026/12/03", " 3 Dec 2026 ")) {
                assertThat(input.parse(text).date()).as("%s in %s", text, locale).isEqualTo(day);
            }
        }
        assertThat(new DateInput(Locale.GERMANY).parse("3. Dezember 2026").date()).isEqualTo(day);
        assertThat(new DateInput(Locale.UK).parse("3 Sep 2026").date()).isEqualTo(LocalDate.of(2026, 9, 3));
        assertThat(new DateInput(Locale.US).parse("Oct 27, 26").date()).as("a two-digit year is 20xx")
                .isEqualTo(LocalDate.of(2026, 10, 27));
        assertThat(new DateInput(Locale.UK).parse("27/10/26").date()).isEqualTo(LocalDate.of(2026, 10, 27));
        assertThat(new DateInput(Locale.FRANCE).parse("3 déc. 2026").date()).isEqualTo(day);
        assertThat(new DateInput(Locale.FRANCE).parse("3 décembre 2026").date()).isEqualTo(day);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.02.2026", "3 Dex 2026", "Dec 32, 2026", "3.12.", "2026/13/01", "3 Dec"})
    void aNamedOrDottedDayThatDoesNotExistIsAnError(String text) {
        for (Locale locale : LOCALES) {
            assertThat(new DateInput(locale).parse(text).error()).as("%s in %s", text, locale).isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "2026-02-30", "2026-13-01", "13/45/2026", "2026/10/27x", "--", "27.10.",
            "2026-10-27T10:00", "99999999999999999999"})
    void garbageIsAnErrorNamingTheFormatNeverAnException(String text) {
        for (Locale locale : LOCALES) {
            DateInput.Parsed parsed = new DateInput(locale).parse(text);
            assertThat(parsed.date()).as("%s in %s", text, locale).isNull();
            assertThat(parsed.error()).contains(text.strip()).contains("2026-10-27");
        }
    }

    @Test
    void randomTextNeverThrows() {
        Random random = new Random(7);
        DateInput input = new DateInput(Locale.US);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(14); j > 0; j--) {
                sb.append("0123456789/-.: aZ".charAt(random.nextInt(17)));
            }
            DateInput.Parsed parsed = input.parse(sb.toString());
            assertThat(parsed.date() == null || parsed.error() == null).isTrue();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void emptyMeansNoBound(String empty) {
        DateInput.Parsed parsed = new DateInput(Locale.US).parse(empty);
        assertThat(parsed.empty()).isTrue();
    }

    @Test
    void noBoundIsShownAsNothing() {
        assertThat(DateInput.show(null)).isEmpty();
    }

    @Test
    void presetsCoverTheRangesAgentsAskFor() {
        LocalDate today = LocalDate.of(2026, 3, 1);
        assertThat(DatePresets.TODAY.range(today)).isEqualTo(new DatePresets.Range(today, today));
        assertThat(DatePresets.YESTERDAY.range(today).from()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(DatePresets.LAST_7_DAYS.range(today)).isEqualTo(new DatePresets.Range(
                LocalDate.of(2026, 2, 23), today));
        assertThat(DatePresets.THIS_MONTH.range(today)).isEqualTo(new DatePresets.Range(today, today));
        assertThat(DatePresets.LAST_MONTH.range(today)).isEqualTo(new DatePresets.Range(
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
    }
}
