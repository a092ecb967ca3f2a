package backoffice.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.error.ApiException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Both published 400 shapes name their fields; an answer without request-ref keeps it absent. */
class ErrorMapperTest {

    private static ApiException map(int status, String body, String ref) {
        return ErrorMapper.map(status, body.getBytes(StandardCharsets.UTF_8), ref, null);
    }

    @Test
    void validationErrorsShapeNamesTheFields() {
        ApiException e = map(400, "{\"message\":\"bad\",\"validationErrors\":[{\"fieldName\":\"tag\","
                + "\"error\":\"REGEX\"}]}", "r1");
        assertThat(e.validationErrors()).singleElement().satisfies(v -> {
            assertThat(v.fieldName()).isEqualTo("tag");
            assertThat(v.error()).isEqualTo("REGEX");
        });
    }

    @Test
    void syntaxErrorsShapeNamesTheFieldsWithTheirParams() {
        ApiException e = map(400, "{\"message\":\"bad\",\"syntaxErrors\":{\"invalidFields\":[{\"fieldName\":"
                + "\"feeSpec.fixedFee\",\"error\":\"AT_MOST\",\"params\":[\"255\"]}]}}", null);
        assertThat(e.validationErrors()).singleElement().satisfies(v -> {
            assertThat(v.fieldName()).isEqualTo("feeSpec.fixedFee");
            assertThat(v.error()).isEqualTo("AT_MOST");
            assertThat(v.params()).containsExactly("255");
        });
        assertThat(e.requestRef()).isNull();
        assertThat(e.getMessage()).doesNotContain("null");
    }
}
