package backoffice.client.error;

import backoffice.client.model.ValidationError;

import java.util.List;

/** Bad request (400): the server refused the input; see validationErrors. */
public class ValidationException extends ApiException {

    public ValidationException(int status, String errorCode, String serverMessage, List<ValidationError> validationErrors,
            String requestRef) {
        super(status, errorCode, serverMessage, validationErrors, requestRef);
    }
}
