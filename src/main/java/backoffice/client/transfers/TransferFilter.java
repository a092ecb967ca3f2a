package backoffice.client.transfers;

import backoffice.client.model.InstrumentId;
import backoffice.client.model.TransferState;
import java.util.List;

/**
 * Filters of {@code GET /transfers}; every one optional, combined with AND; several states are OR-ed.
 * {@code instrument} matches the source instrument; it is sent as the published form-exploded object,
 * {@code id=…&type=managed_accounts|managed_cards}.
 */
public record TransferFilter(String profileId, InstrumentId instrument, List<TransferState> states, Long createdFrom,
                             Long createdTo, String tag) {

    public static final TransferFilter NONE = new TransferFilter(null, null, List.of(), null, null, null);

    public TransferFilter {
        states = states == null ? List.of() : List.copyOf(states);
    }
}
