package backoffice.sandbox.http;

import backoffice.client.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.sun.net.httpserver.Headers;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A received request as routes see it: method, path parameters, query, headers and the (bounded) body. */
public final class Exchange {

    /** One JSON value and nothing after it: {@code {...} garbage} is malformed, not the object before it. */
    private static final ObjectReader STRICT = Json.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String method;
    private final Map<String, String> pathParams;
    private final Map<String, List<String>> query;
    private final Headers headers;
    private final byte[] body;

    public Exchange(String method, Map<String, String> pathParams, String rawQuery, Headers headers, byte[] body) {
        this.method = method;
        this.pathParams = pathParams;
        this.query = parseQuery(rawQuery);
        this.headers = headers;
        this.body = body;
    }

    public String method() {
        return method;
    }

    public String path(String name) {
        return pathParams.get(name);
    }

    /** A path id that must match {@code ^[0-9]+$}; 400 REGEX on {@code fieldName} otherwise. */
    public String pathId(String name) {
        String value = path(name);
        if (value == null || !Ids.isId(value)) {
            throw SandboxError.badRequest(name.equals("id") ? "id" : name, "REGEX");
        }
        return value;
    }

    public String header(String name) {
        return headers.getFirst(name);
    }

    public String queryFirst(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public List<String> queryAll(String name) {
        return query.getOrDefault(name, List.of());
    }

    public byte[] rawBody() {
        return body;
    }

    /** The body as one JSON value; 400 when absent, not JSON, or followed by anything but white space. */
    public JsonNode json() {
        if (body.length == 0) {
            throw SandboxError.badRequest("body", "REQUIRED", "A JSON request body is required");
        }
        try {
            JsonNode node = STRICT.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw SandboxError.badRequest("body", "REQUIRED", "A JSON request body is required");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw SandboxError.badRequest("body", "INVALID_REQUEST", "Malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw SandboxError.badRequest("body", "INVALID_REQUEST", "Unreadable body");
        }
    }

    /** The body as a JSON object ({@code {...}}); 400 INVALID_REQUEST otherwise. */
    public Body jsonObject() {
        JsonNode node = json();
        if (!node.isObject()) {
            throw SandboxError.badRequest("body", "INVALID_REQUEST", "The body must be a JSON object");
        }
        return new Body(node);
    }

    private static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return s;
        }
    }
}
