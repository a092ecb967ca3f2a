package backoffice.app.ui;

import backoffice.client.codes.ErrorCode;
import backoffice.client.model.ValidationError;
import java.util.List;

/**
 * A failure as the agent sees it: one sentence that names what to do, the server's errorCode and request-ref (to
 * copy and quote to Weavr support), field errors to put back on their fields, and technical details.
 */
public record ErrorReport(String sentence, String errorCode, String requestRef, List<ValidationError> fieldErrors,
                          String details, Kind kind) {

    /** What kind of remedy applies. */
    public enum Kind {
        /** The token was refused: impersonate again, keeping what was typed. */
        REIMPERSONATE,
        /** The input was refused: fix the fields. */
        INPUT,
        /** Nothing on the server has that id (a 404): check the id, and whether it is of the kind asked for. */
        NOT_FOUND,
        /** Try again later; nothing happened. */
        RETRY,
        /** The answer was lost: the action may have happened; check before repeating. */
        UNKNOWN_OUTCOME,
        /** Anything else: read the sentence. */
        OTHER
    }

    public ErrorReport {
        fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
    }

    /** Whether the server's {@code errorCode} is this one. */
    public boolean hasCode(ErrorCode code) {
        return code.name().equals(errorCode);
    }

    /** The line to put on the clipboard: sentence, code and request-ref. */
    public String clipboardText() {
        StringBuilder sb = new StringBuilder(sentence);
        if (errorCode != null) {
            sb.append(" [errorCode ").append(errorCode).append(']');
        }
        if (requestRef != null) {
            sb.append(" [request-ref ").append(requestRef).append(']');
        }
        return sb.toString();
    }
}
