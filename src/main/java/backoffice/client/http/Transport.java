package backoffice.client.http;

import backoffice.client.ApiResult;
import backoffice.client.error.ApiConnectionException;
import backoffice.client.error.ApiException;
import backoffice.client.error.BackOfficeException;
import backoffice.client.error.RateLimitedException;
import backoffice.client.json.Json;
import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Sends {@link ApiRequest}s over one OkHttp client: adds the api-key, the bearer token and the idempotency-ref,
 * retries as the {@link RetryPolicy} allows, and maps failures to typed exceptions.
 */
public final class Transport {

    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http;
    private final HttpUrl base;
    private final String apiKey;
    private final String bearerToken;
    private final RetryPolicy retryPolicy;

    public Transport(OkHttpClient http, HttpUrl base, String apiKey, String bearerToken, RetryPolicy retryPolicy) {
        this.http = http;
        this.base = base;
        this.apiKey = apiKey;
        this.bearerToken = bearerToken;
        this.retryPolicy = retryPolicy;
    }

    /** The same connection and policy, acting for another impersonated identity. */
    public Transport withBearerToken(String token) {
        return new Transport(http, base, apiKey, token, retryPolicy);
    }

    public HttpUrl base() {
        return base;
    }

    /** Sends the request and decodes a JSON answer; a 204 or empty body gives null. */
    public <T> T call(ApiRequest request, Class<T> type) {
        return result(request, type).value();
    }

    public <T> T call(ApiRequest request, JavaType type) {
        RawResponse raw = send(request);
        return decode(raw, type);
    }

    /** Decodes a JSON answer {@link #send} returned; an empty body gives null. */
    public <T> T decode(RawResponse raw, Class<T> type) {
        return decode(raw, Json.mapper().constructType(type));
    }

    /** Like {@link #call(ApiRequest, Class)}, keeping the answer's request-ref. */
    public <T> ApiResult<T> result(ApiRequest request, Class<T> type) {
        RawResponse raw = send(request);
        return new ApiResult<>(decode(raw, Json.mapper().constructType(type)), raw.requestRef());
    }

    /** Sends the request, retrying as allowed, and returns the successful raw answer. */
    public RawResponse send(ApiRequest request) {
        Request httpRequest = toHttp(request);
        boolean replayable = RetryPolicy.isReplayable(request.method(), request.options().hasIdempotencyRef());
        boolean readOnly = RetryPolicy.isReadOnly(request.method());
        int attempt = 1;
        while (true) {
            BackOfficeException failure;
            Duration hint = null;
            boolean canRetry;
            try {
                return execute(httpRequest, readOnly);
            } catch (ApiException e) {
                failure = e;
                canRetry = RetryPolicy.isRetryableStatus(e.status()) && (replayable || e.status() == 429);
                if (e instanceof RateLimitedException rl) {
                    hint = rl.retryAfter();
                }
            } catch (ApiConnectionException e) {
                failure = e;
                if (e.requestSent()) {
                    // the connection died under a sent request: it may have been a pooled one the server had closed
                    // while idle, and its idle siblings are as old; without this a retry picks the next stale one
                    http.connectionPool().evictAll();
                }
                canRetry = replayable || !e.requestSent();
            }
            if (!canRetry || !retryPolicy.hasAttemptsLeft(attempt)) {
                throw failure;
            }
            try {
                retryPolicy.pause(retryPolicy.delayBefore(attempt, hint));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw failure;
            }
            attempt++;
        }
    }

    private RawResponse execute(Request httpRequest, boolean readOnly) {
        try (Response response = http.newCall(httpRequest).execute()) {
            String requestRef = response.header("request-ref");
            ResponseBody body = response.body();
            byte[] bytes = BodyBytes.read(body);
            if (!response.isSuccessful()) {
                throw ErrorMapper.map(response.code(), bytes, requestRef, response.header("x-ratelimit-reset"));
            }
            String contentType = response.header("Content-Type");
            return new RawResponse(response.code(), contentType, requestRef, bytes);
        } catch (ConnectException | UnknownHostException e) {
            throw new ApiConnectionException("Cannot reach " + base.host() + ":" + base.port() + " (" + e.getMessage()
                    + ")", false, readOnly, e);
        } catch (InterruptedIOException e) {
            throw new ApiConnectionException("No answer from " + base.host() + " in time (" + e.getMessage() + ")",
                    true, readOnly, e);
        } catch (IOException e) {
            throw new ApiConnectionException("Connection to " + base.host() + " failed (" + e.getMessage() + ")",
                    true, readOnly, e);
        }
    }

    private Request toHttp(ApiRequest request) {
        HttpUrl.Builder url = base.newBuilder();
        request.segments().forEach(url::addPathSegment);
        for (Map.Entry<String, String> q : request.query()) {
            url.addQueryParameter(q.getKey(), q.getValue());
        }
        Request.Builder builder = new Request.Builder().url(url.build())
                .header("api-key", apiKey == null ? "" : apiKey)
                .header("accept", request.accept());
        if (request.authenticated() && bearerToken != null) {
            builder.header("Authorization", "Bearer " + bearerToken);
        }
        if (request.options().hasIdempotencyRef()) {
            builder.header("idempotency-ref", request.options().idempotencyRef());
        }
        RequestBody body = null;
        if (request.body() != null) {
            body = RequestBody.create(encode(request.body()), JSON);
        } else if (!"GET".equals(request.method()) && !"DELETE".equals(request.method())) {
            body = RequestBody.create(new byte[0], null);
        }
        return builder.method(request.method(), body).build();
    }

    private static byte[] encode(Object body) {
        try {
            return Json.mapper().writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot encode request body " + body.getClass().getSimpleName(), e);
        }
    }

    private static <T> T decode(RawResponse response, JavaType type) {
        if (response.body().length == 0) {
            return null;
        }
        try {
            return Json.mapper().readValue(response.body(), type);
        } catch (IOException e) {
            throw new BackOfficeException("The server's answer could not be read as " + type.getRawClass()
                    .getSimpleName() + ": " + e.getMessage(), response.requestRef(), e);
        }
    }
}
