package backoffice.client;

import java.util.Objects;

/**
 * Per-call knobs. The {@code idempotency-ref} is fixed by the caller when the agent confirms an action; the client
 * sends the same value on every retry of that call, so a retried money movement can never happen twice.
 */
public record RequestOptions(String idempotencyRef) {

    public static final RequestOptions NONE = new RequestOptions(null);

    public RequestOptions {
        if (idempotencyRef != null && (idempotencyRef.isBlank() || idempotencyRef.length() > 255)) {
            throw new IllegalArgumentException("idempotency-ref must be 1..255 non-blank characters");
        }
    }

    public static RequestOptions idempotent(String idempotencyRef) {
        return new RequestOptions(Objects.requireNonNull(idempotencyRef, "idempotencyRef"));
    }

    public boolean hasIdempotencyRef() {
        return idempotencyRef != null;
    }

    /** For money-moving calls: they refuse to go out without an idempotency-ref. */
    public static RequestOptions requireIdempotency(RequestOptions options) {
        if (options == null || !options.hasIdempotencyRef()) {
            throw new IllegalArgumentException("A money-moving request needs an idempotency-ref");
        }
        return options;
    }
}
