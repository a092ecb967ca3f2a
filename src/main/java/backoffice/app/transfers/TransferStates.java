package backoffice.app.transfers;

import backoffice.app.Messages;
import backoffice.client.model.Transfer;
import backoffice.client.model.TransferState;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A transfer's state as the list shows it: a SCHEDULED one says when it runs, a CANCELLED one why, a scheduled one
 * that ran when it ran; any other state (one this version does not know included) reads as the server sent it.
 */
public final class TransferStates {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private TransferStates() {
    }

    public static String describe(Transfer t) {
        String state = t.state() == null || t.state().isBlank() ? Messages.get("transfers.state.none") : t.state();
        if (t.knownState() == TransferState.SCHEDULED && millis(t.scheduledTimestamp()) != null) {
            return Messages.get("transfers.state.scheduled", WHEN.format(millis(t.scheduledTimestamp())));
        }
        if (t.knownState() == TransferState.CANCELLED && t.cancellationReason() != null) {
            return Messages.get("transfers.state.cancelled", t.cancellationReason());
        }
        if (t.knownState() == TransferState.COMPLETED && millis(t.executionTimestamp()) != null
                && t.scheduledTimestamp() != null) {
            return Messages.get("transfers.state.ran", WHEN.format(millis(t.executionTimestamp())));
        }
        return state;
    }

    /** A published timestamp string (epoch milliseconds), or null when absent or not a number. */
    private static Instant millis(String digits) {
        return digits != null && digits.matches("[0-9]{1,15}") ? Instant.ofEpochMilli(Long.parseLong(digits)) : null;
    }
}
