package backoffice.client.error;

import backoffice.client.model.ValidationError;

import java.util.List;

/** 403: the credentials are valid but not allowed to do this (other programme, wrong kind of token). */
public class ForbiddenException extends ApiException {

    public ForbiddenException(int status, String errorCode, String serverMessage, List<ValidationError> validationErrors,
            String requestRef) {
        super(status, errorCode, serverMessage, validationErrors, requestRef);
    }
}
