package backoffice.client.error;

import backoffice.client.model.ValidationError;

import java.util.List;

/** 5xx (and any other unexpected status): the server failed; trying again later may work. */
public class ServerException extends ApiException {

    public ServerException(int status, String errorCode, String serverMessage, List<ValidationError> errors,
                           String requestRef) {
        super(status, errorCode, serverMessage, errors, requestRef);
    }
}
