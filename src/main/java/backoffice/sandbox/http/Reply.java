package backoffice.sandbox.http;

import backoffice.client.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a route answers: status, extra headers and body bytes with their content type. */
public record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {

    private static final byte[] EMPTY = new byte[0];

    public static Reply json(int status, Object body) {
        try {
            return new Reply(status, "application/json", Json.mapper().writeValueAsBytes(body), Map.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Sandbox could not encode " + body.getClass(), e);
        }
    }

    public static Reply ok(Object body) {
        return json(200, body);
    }

    public static Reply noContent() {
        return new Reply(204, null, EMPTY, Map.of());
    }

    public static Reply bytes(int status, String contentType, byte[] body) {
        return new Reply(status, contentType, body, Map.of());
    }

    public Reply withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Reply(status, contentType, body, copy);
    }
}
