package backoffice.client.json;

import static org.assertj.core.api.Assertions.assertThat;

import backoffice.client.model.CurrencyAmount;
import backoffice.client.model.Statement;
import backoffice.client.model.StatementEntry;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The mapper's fast paths read exactly what Jackson's own reading does with the same settings: the same value, or
 * the same refusal, for every shape an API might send (the live API is not the sandbox).
 */
class JsonFastPathsTest {

    private static final ObjectMapper REFERENCE = Json.settings().build();

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"currency\":\"EUR\",\"amount\":1234}",
        "{\"amount\":1234,\"currency\":\"GBP\"}",
        "{\"currency\":\"eur\",\"amount\":-5}",
        "{\"currency\":\"EURO\",\"amount\":0}",
        "{\"currency\":\"€\",\"amount\":7}",
        "{\"currency\":\"\",\"amount\":7}",
        "{\"currency\":\"E1R\",\"amount\":7}",
        "{\"currency\":null,\"amount\":7}",
        "{\"currency\":\"EUR\",\"amount\":null}",
        "{\"currency\":\"EUR\"}",
        "{\"amount\":12}",
        "{}",
        "{\"currency\":\"EUR\",\"amount\":\"1234\"}",
        "{\"currency\":\"EUR\",\"amount\":12.5}",
        "{\"currency\":\"EUR\",\"amount\":12.0}",
        "{\"currency\":\"EUR\",\"amount\":1e3}",
        "{\"currency\":\"EUR\",\"amount\":9223372036854775807}",
        "{\"currency\":\"EUR\",\"amount\":-9223372036854775808}",
        "{\"currency\":\"EUR\",\"amount\":9223372036854775808}",
        "{\"currency\":\"EUR\",\"amount\":123456789012345678901234567890}",
        "{\"currency\":\"EUR\",\"amount\":true}",
        "{\"currency\":\"EUR\",\"amount\":[1]}",
        "{\"currency\":\"EUR\",\"amount\":{\"value\":1}}",
        "{\"currency\":12,\"amount\":1}",
        "{\"currency\":[\"EUR\"],\"amount\":1}",
        "{\"currency\":{\"code\":\"EUR\"},\"amount\":1}",
        "{\"currency\":\"EUR\",\"amount\":1,\"scale\":2,\"extra\":{\"a\":[1,2,{\"b\":null}]}}",
        "{\"currency\":\"EUR\",\"amount\":1,\"amount\":2}",
        "{\"Currency\":\"EUR\",\"AMOUNT\":1}",
        "\"12 EUR\"",
        "12",
        "[]",
        "[{\"currency\":\"EUR\",\"amount\":1}]",
        "null",
        "true"
    })
    void anAmountReadsAsJacksonsOwnReadingWould(String json) {
        assertThat(read(Json.mapper(), json, CurrencyAmount.class))
                .isEqualTo(read(REFERENCE, json, CurrencyAmount.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"entry\":[{\"transactionId\":{\"type\":\"TRANSFER\",\"id\":\"1\"},\"entryState\":\"COMPLETED\","
                + "\"transactionAmount\":{\"currency\":\"EUR\",\"amount\":-100},\"balanceAfter\":{\"currency\":\"EUR\","
                + "\"amount\":900},\"transactionFee\":null,\"processedTimestamp\":1700000000000,"
                + "\"additionalFields\":{\"note\":\"x\"}}],\"count\":1}",
        "{\"entry\":[{\"transactionAmount\":{\"currency\":\"EUR\",\"amount\":1.5}}]}",
        "{\"entry\":[{\"transactionAmount\":[]}]}"
    })
    void aStatementReadsAsJacksonsOwnReadingWould(String json) {
        assertThat(read(Json.mapper(), json, Statement.class)).isEqualTo(read(REFERENCE, json, Statement.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EUR", "GBP", "usd"})
    void aCurrencyCodeIsOneStringHoweverOftenItIsRead(String code) throws Exception {
        String json = "{\"currency\":\"" + code + "\",\"amount\":1}";
        CurrencyAmount a = Json.mapper().readValue(json, CurrencyAmount.class);
        CurrencyAmount b = Json.mapper().readValue(json, CurrencyAmount.class);
        assertThat(a.currency()).isEqualTo(code).isSameAs(b.currency());
    }

    /** The value read, or the kind of refusal (the exception's class: messages may word the same refusal apart). */
    private static Object read(ObjectMapper mapper, String json, Class<?> type) {
        try {
            Object v = mapper.readValue(json, type);
            return v instanceof Statement s ? List.of(Objects.requireNonNullElse(s.entry(), List.<StatementEntry>of()),
                    String.valueOf(s.count())) : v;
        } catch (Exception e) {
            return e.getClass();
        }
    }
}
