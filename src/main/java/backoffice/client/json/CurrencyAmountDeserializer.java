package backoffice.client.json;

import backoffice.client.model.CurrencyAmount;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Reads {@code {"currency": "EUR", "amount": 1234}} as Jackson's record reading does, without its per-object
 * machinery: a statement entry holds up to ten amounts, and reading each through the record's creator cost a
 * property buffer, an argument array, a boxed {@code long} and a reflective call, ~100 bytes of garbage an amount,
 * a third of what a 100,000-row statement load allocated. The common shapes (a string currency, an integer amount) are
 * read here; anything else (a null, a number written as a string or a fraction, a number too large for a
 * {@code long}) is handed to Jackson's own deserializers, so what is accepted, refused or coerced is exactly what the
 * mapper's settings say (JsonFastPathsTest compares the two on every such shape). Unknown fields are skipped;
 * a missing amount is 0 and a missing currency null, as for the record.
 */
final class CurrencyAmountDeserializer extends StdDeserializer<CurrencyAmount> {

    CurrencyAmountDeserializer() {
        super(CurrencyAmount.class);
    }

    @Override
    public CurrencyAmount deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            t = p.nextToken();
        } else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
            return (CurrencyAmount) ctxt.handleUnexpectedToken(CurrencyAmount.class, p);
        }
        String currency = null;
        long amount = 0;
        boolean seenCurrency = false;
        boolean seenAmount = false;
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if ("currency".equals(field)) {
                seenCurrency = once(seenCurrency, field, p, ctxt);
                currency = value == JsonToken.VALUE_STRING ? Currencies.canonical(p)
                        : value == JsonToken.VALUE_NULL ? null : delegate(p, ctxt, String.class, field);
            } else if ("amount".equals(field)) {
                seenAmount = once(seenAmount, field, p, ctxt);
                amount = value == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER
                        ? p.getLongValue() : value == JsonToken.VALUE_NULL ? 0 : delegate(p, ctxt, long.class, field);
            } else {
                p.skipChildren();
            }
        }
        return new CurrencyAmount(currency, amount);
    }

    /** A field given twice is refused, as the record's reading refuses it (which of two amounts would be right?). */
    private static boolean once(boolean seen, String field, JsonParser p, DeserializationContext ctxt)
            throws IOException {
        if (seen) {
            throw InvalidDefinitionException.from(p, "Field \"" + field + "\" given twice in one amount",
                    ctxt.constructType(CurrencyAmount.class));
        }
        return true;
    }

    /** An unusual shape, read by Jackson's own deserializer for the type, its failure placed as the record's is. */
    private <T> T delegate(JsonParser p, DeserializationContext ctxt, Class<T> type, String field) throws IOException {
        try {
            return ctxt.readValue(p, type);
        } catch (JsonMappingException e) {
            throw e;
        } catch (IOException e) {
            throw JsonMappingException.wrapWithPath(e, handledType(), field);
        }
    }
}
