package backoffice.app.command;

import backoffice.client.RequestOptions;
import java.util.UUID;

/**
 * One money movement the agent confirmed: its exact request and the {@code idempotency-ref} made at confirmation.
 * Kept until the server gives a definite answer, so "try again" resends the same request with the same ref and
 * can never move the money twice.
 */
public record PendingAttempt<T>(T request, RequestOptions options) {

    public static <T> PendingAttempt<T> confirmed(T request) {
        return new PendingAttempt<>(request, RequestOptions.idempotent(UUID.randomUUID().toString()));
    }

    public String ref() {
        return options.idempotencyRef();
    }
}
