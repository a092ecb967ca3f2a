package backoffice.client.error;

import backoffice.client.model.ValidationError;

import java.util.List;

/** 404: no such resource for this identity. */
public class NotFoundException extends ApiException {

    public NotFoundException(int status, String errorCode, String serverMessage, List<ValidationError> validationErrors,
            String requestRef) {
        super(status, errorCode, serverMessage, validationErrors, requestRef);
    }
}
