package backoffice.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

    @ParameterizedTest
    @ValueSource(strings = {"api-key", "API-KEY", "Authorization", "authorization", "Cookie"})
    void secretHeadersAreMasked(String name) {
        assertThat(Redactor.header(name, "s3cr3t")).isEqualTo(Redactor.MASK);
    }

    @Test
    void otherHeadersPass() {
        assertThat(Redactor.header("request-ref", "abc")).isEqualTo("abc");
    }

    @Test
    void fullCardNumbersKeepOnlyFirstSixAndLastFour() {
        assertThat(Redactor.text("card 4111111111111111 used")).isEqualTo("card 411111******1111 used");
        assertThat(Redactor.text("5555 5555 5555 4444")).isEqualTo("555555******4444");
    }

    @Test
    void apiIdsAreNotMistakenForCardNumbers() {
        assertThat(Redactor.text("/managed_cards/110170049121026027")).isEqualTo("/managed_cards/110170049121026027");
        assertThat(Redactor.text("amount 1234567890123")).isEqualTo("amount 1234567890123");
    }

    @Test
    void cvvTokensAndKeysInJsonAreMasked() {
        String json = "{\"cvv\":{\"value\":\"123\"},\"token\":\"eyJabc\",\"apiKey\":\"k-1\",\"x\":\"y\"}";
        assertThat(Redactor.text(json)).doesNotContain("123\"", "eyJabc", "k-1").contains("\"x\":\"y\"");
    }

    @Test
    void bearerTokensInTextAreMasked() {
        assertThat(Redactor.text("Authorization: Bearer abc.def-ghi")).doesNotContain("abc.def-ghi");
    }
}
