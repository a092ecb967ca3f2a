package backoffice.sandbox.http;

import backoffice.client.codes.ErrorCode;
import backoffice.client.model.ValidationError;
import backoffice.sandbox.store.Refusal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Thrown by routes to answer with an API error body; the dispatcher turns it into a {@link Reply}. */
public final class SandboxError extends RuntimeException {

    private final transient Reply reply;
    private final transient List<ValidationError> invalid;

    private SandboxError(Reply reply, String message) {
        this(reply, message, null);
    }

    private SandboxError(Reply reply, String message, List<ValidationError> invalid) {
        super(message, null, false, false);
        this.reply = reply;
        this.invalid = invalid;
    }

    public Reply reply() {
        return reply;
    }

    /** The same refusal in the other published 400 shape, for routes documented with {@code syntaxErrors}. */
    public SandboxError asSyntaxErrors() {
        return invalid == null ? this : syntax(invalid);
    }

    /** 400 {@code {message?, validationErrors: [...]}}. */
    public static SandboxError badRequest(List<ValidationError> errors) {
        return new SandboxError(Reply.json(400, Map.of("validationErrors", errors)), "400 " + errors, errors);
    }

    public static SandboxError badRequest(String fieldName, String error) {
        return badRequest(List.of(ValidationError.of(fieldName, error)));
    }

    public static SandboxError badRequest(String fieldName, String error, String message) {
        return badRequest(List.of(ValidationError.of(fieldName, error, message)));
    }

    /**
     * 400 in the generic shape of {@code /users}, {@code /fees/charge} and {@code /bulks}:
     * {@code {syntaxErrors: {invalidFields: [{fieldName, error, params}]}}}.
     */
    public static SandboxError syntax(List<ValidationError> errors) {
        List<Map<String, Object>> fields = errors.stream().map(e -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("fieldName", e.fieldName());
            f.put("error", e.error());
            f.put("params", e.params() == null ? List.of() : e.params());
            return f;
        }).toList();
        return new SandboxError(Reply.json(400, Map.of("syntaxErrors", Map.of("invalidFields", fields))),
                "400 " + errors, errors);
    }

    /** 403 {@code {errorCode}}: valid credentials, but not allowed (e.g. a restricted feature the programme lacks). */
    public static SandboxError forbidden(ErrorCode errorCode) {
        return new SandboxError(Reply.json(403, Map.of("errorCode", errorCode.name())), "403 " + errorCode);
    }

    /**
     * 401 with no body (as the API); 403 with {@code {errorCode: INSUFFICIENT_PERMISSIONS}}, as the published
     * document gives every 403.
     */
    public static SandboxError status(int status) {
        if (status == 403) {
            return forbidden(ErrorCode.INSUFFICIENT_PERMISSIONS, "These credentials may not do this");
        }
        return new SandboxError(new Reply(status, null, new byte[0], Map.of()), String.valueOf(status));
    }

    /** 403 {@code {errorCode, message}}: valid credentials, but this is not allowed (e.g. INSUFFICIENT_PERMISSIONS). */
    public static SandboxError forbidden(ErrorCode errorCode, String message) {
        return new SandboxError(Reply.json(403, Map.of("errorCode", errorCode.name(), "message", message)),
                "403 " + errorCode);
    }

    public static SandboxError notFound(String message) {
        return new SandboxError(Reply.json(404, Map.of("code", "NOT_FOUND", "message", message)), "404 " + message);
    }

    /** 409 {@code {errorCode, message?}}. */
    public static SandboxError conflict(ErrorCode errorCode) {
        return conflict(errorCode, null);
    }

    public static SandboxError conflict(ErrorCode errorCode, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("errorCode", errorCode.name());
        if (message != null) {
            body.put("message", message);
        }
        return new SandboxError(Reply.json(409, body), "409 " + errorCode);
    }

    /** The answer to the store's refusal: 409 or 403 with its code, or 404. */
    public static SandboxError of(Refusal refusal) {
        return switch (refusal.kind()) {
            case CONFLICT -> conflict(refusal.code(), refusal.getMessage());
            case FORBIDDEN -> refusal.getMessage() == null ? forbidden(refusal.code())
                    : forbidden(refusal.code(), refusal.getMessage());
            case NOT_FOUND -> notFound(refusal.getMessage());
        };
    }

    public static SandboxError of(int status, String code, String message) {
        return new SandboxError(Reply.json(status, Map.of("code", code, "message", message)), status + " " + code);
    }
}
