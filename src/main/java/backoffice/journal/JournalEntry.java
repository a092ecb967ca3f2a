package backoffice.journal;

import backoffice.client.Redactor;
import java.time.Instant;

/**
 * One action an agent took: when, which OS user, against which environment and impersonated identity, what
 * operation on which target, how it ended ({@code outcome}: OK, FAILED, UNKNOWN), the server's request-ref and a
 * short detail (errorCode or message; redacted before it is written), and the agent's call it belongs to (null when
 * no call was open; lines written before calls existed have none).
 */
public record JournalEntry(Instant time, String osUser, String environment, String identity, String operation,
                           String targetId, String outcome, String requestRef, String detail, String callId) {

    public JournalEntry(Instant time, String osUser, String environment, String identity, String operation,
                        String targetId, String outcome, String requestRef, String detail) {
        this(time, osUser, environment, identity, operation, targetId, outcome, requestRef, detail, null);
    }

    public static final String OK = "OK";
    public static final String FAILED = "FAILED";

    /** What the journal will hold: the same entry with free text redacted. */
    JournalEntry redacted() {
        return new JournalEntry(time, osUser, environment, identity, operation, targetId, outcome, requestRef,
                Redactor.text(detail), callId);
    }
}
