package backoffice.client.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * Reads a timestamp the API may send as a JSON integer or as a string of digits (as it does for
 * {@code scheduledTimestamp}); anything else reads as absent rather than failing the whole answer.
 */
public final class EpochMillis extends StdScalarDeserializer<Long> {

    private static final long serialVersionUID = 1L;

    public EpochMillis() {
        super(Long.class);
    }

    @Override
    public Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            return p.getLongValue();
        }
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            String text = p.getText().trim();
            return text.matches("[0-9]{1,18}") ? Long.valueOf(text) : null;
        }
        p.skipChildren();
        return null;
    }
}
