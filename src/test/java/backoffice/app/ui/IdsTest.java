package backoffice.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ids typed or pasted in groups become the digits; anything else is left for the field to refuse. */
class IdsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "110170049121026027|110170049121026027|true",
        "'  110 170 049 121 026 027 '|110170049121026027|true",
        "110-170-049-121-026-027|110170049121026027|true",
        "110\u00A0170\u2013049|110170049|true",
        "12a|12a|false",
        "'12 a'|12 a|false",
        "-123|-123|false",
        "'1 2 -'|1 2 -|false",
        "''|''|false"})
    void normalisesGroupedDigitsOnly(String typed, String expected, boolean isId) {
        assertThat(Ids.normalise(typed)).isEqualTo(expected);
        assertThat(Ids.isId(typed)).isEqualTo(isId);
    }

    @org.junit.jupiter.api.Test
    void nullIsEmptyAndNotAnId() {
        assertThat(Ids.normalise(null)).isEmpty();
        assertThat(Ids.isId(null)).isFalse();
    }
}
