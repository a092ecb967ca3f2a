package backoffice.client.error;

import backoffice.client.codes.ErrorCode;
import backoffice.client.model.ValidationError;

import java.util.List;

/**
 * An HTTP answer the API gave that is not a success. Carries everything an agent needs to act or to quote to
 * Weavr support: status, errorCode, the server's message, validation errors and the {@code request-ref}.
 * Subclasses name the status families; callers catch the family they can handle.
 */
public class ApiException extends BackOfficeException {

    private final int status;
    private final String errorCode;
    private final String serverMessage;
    private final List<ValidationError> validationErrors;

    public ApiException(int status, String errorCode, String serverMessage, List<ValidationError> validationErrors,
                        String requestRef) {
        super(describe(status, errorCode, serverMessage, validationErrors, requestRef), requestRef, null);
        this.status = status;
        this.errorCode = errorCode;
        this.serverMessage = serverMessage;
        this.validationErrors = validationErrors == null ? List.of() : List.copyOf(validationErrors);
    }

    private static String describe(int status, String errorCode, String message, List<ValidationError> errors,
                                   String requestRef) {
        var sb = new StringBuilder("HTTP ").append(status);
        if (errorCode != null) {
            sb.append(' ').append(errorCode);
        }
        if (message != null) {
            sb.append(": ").append(message);
        }
        if (errors != null && !errors.isEmpty()) {
            sb.append(" ").append(errors.stream().map(e -> e.fieldName() + " " + e.error()).toList());
        }
        if (requestRef != null) {
            sb.append(" (request-ref ").append(requestRef).append(')');
        }
        return sb.toString();
    }

    public int status() {
        return status;
    }

    /** The 409 {@code errorCode} (or 403 code) the server sent, or null. */
    public String errorCode() {
        return errorCode;
    }

    /** Whether the server sent this {@code errorCode}. */
    public boolean hasCode(ErrorCode code) {
        return code.name().equals(errorCode);
    }

    public String serverMessage() {
        return serverMessage;
    }

    public List<ValidationError> validationErrors() {
        return validationErrors;
    }

    /** Whether this exact request could succeed if sent again unchanged. */
    public boolean isTransient() {
        return status == 429 || status >= 500;
    }
}
