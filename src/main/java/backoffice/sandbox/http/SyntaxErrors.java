package backoffice.sandbox.http;

import backoffice.client.model.ValidationError;
import java.util.List;

/**
 * The published document gives {@code /fees/charge}, every {@code /bulks} route and {@code /users} the
 * {@code {message, syntaxErrors: {invalidFields: [...]}}} 400 body instead of {@code validationErrors}: wrapping such
 * a route makes every 400 it answers (malformed JSON included) take that shape.
 */
public final class SyntaxErrors {

    private SyntaxErrors() {
    }

    public static Route shaped(Route route) {
        return ex -> {
            try {
                return route.handle(ex);
            } catch (SandboxError e) {
                throw e.asSyntaxErrors();
            } catch (IllegalArgumentException e) {
                throw SandboxError.badRequest(List.of(ValidationError.of("body",
                        "INVALID_REQUEST", e.getMessage()))).asSyntaxErrors();
            }
        };
    }
}
