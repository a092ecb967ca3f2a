package backoffice.client.error;

import backoffice.client.model.ValidationError;

import java.time.Duration;
import java.util.List;

/** 429: too many requests; {@link #retryAfter()} is the server's {@code x-ratelimit-reset}, when given. */
public class RateLimitedException extends ApiException {

    private final Duration retryAfter;

    public RateLimitedException(int status, String errorCode, String serverMessage, List<ValidationError> errors,
                                String requestRef, Duration retryAfter) {
        super(status, errorCode, serverMessage, errors, requestRef);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
