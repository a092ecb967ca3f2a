package backoffice.client.http;

import backoffice.client.RequestOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One call to the API, described as a value: method, path segments (encoded by the transport), query parameters
 * (repeatable), an optional JSON body, the {@code accept} type, whether it needs the impersonation token, and the
 * per-call options.
 */
public record ApiRequest(String method, List<String> segments, List<Map.Entry<String, String>> query, Object body,
                         String accept, boolean authenticated, RequestOptions options) {

    public ApiRequest {
        Objects.requireNonNull(method, "method");
        segments = List.copyOf(segments);
        query = List.copyOf(query);
        options = options == null ? RequestOptions.NONE : options;
    }

    public static Builder get(String... segments) {
        return new Builder("GET", segments);
    }

    public static Builder post(String... segments) {
        return new Builder("POST", segments);
    }

    public static Builder patch(String... segments) {
        return new Builder("PATCH", segments);
    }

    public static Builder delete(String... segments) {
        return new Builder("DELETE", segments);
    }

    /** Fluent builder; every resource method reads as one chain. */
    public static final class Builder {
        private final String method;
        private final List<String> segments;
        private final List<Map.Entry<String, String>> query = new ArrayList<>();
        private Object body;
        private String accept = "application/json";
        private boolean authenticated = true;
        private RequestOptions options = RequestOptions.NONE;

        private Builder(String method, String... segments) {
            this.method = method;
            this.segments = List.of(segments);
        }

        public Builder query(String name, Object value) {
            if (value != null) {
                query.add(Map.entry(name, String.valueOf(value)));
            }
            return this;
        }

        public Builder queryAll(String name, Iterable<?> values) {
            if (values != null) {
                values.forEach(v -> query(name, v));
            }
            return this;
        }

        public Builder body(Object value) {
            this.body = value;
            return this;
        }

        public Builder accept(String type) {
            this.accept = type;
            return this;
        }

        /** The call takes the api-key only (no {@code Authorization}). */
        public Builder apiKeyOnly() {
            this.authenticated = false;
            return this;
        }

        public Builder options(RequestOptions value) {
            this.options = value;
            return this;
        }

        public ApiRequest build() {
            return new ApiRequest(method, segments, query, body, accept, authenticated, options);
        }
    }
}
