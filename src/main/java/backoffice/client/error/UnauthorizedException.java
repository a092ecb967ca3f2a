package backoffice.client.error;

import backoffice.client.model.ValidationError;

import java.util.List;

/** 401: the api-key is wrong or the impersonation token is missing, expired or for another identity. */
public class UnauthorizedException extends ApiException {

    public UnauthorizedException(int status, String errorCode, String serverMessage, List<ValidationError> validationErrors,
            String requestRef) {
        super(status, errorCode, serverMessage, validationErrors, requestRef);
    }
}
