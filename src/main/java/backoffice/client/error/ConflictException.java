package backoffice.client.error;

import backoffice.client.model.ValidationError;

import java.util.List;

/** 409: the request is valid but the resource's state refuses it; see errorCode. */
public class ConflictException extends ApiException {

    public ConflictException(int status, String errorCode, String serverMessage, List<ValidationError> validationErrors,
            String requestRef) {
        super(status, errorCode, serverMessage, validationErrors, requestRef);
    }
}
