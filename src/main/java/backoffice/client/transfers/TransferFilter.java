package backoffice.client.transfers;

import java.util.List;

/**
 * Filters of {@code GET /transfers}; every one optional, combined with AND; several states are OR-ed.
 * {@code instrumentId} matches the source instrument.
 */
public record TransferFilter(String profileId, String instrumentId, List<String> states, Long createdFrom,
                             Long createdTo, String tag) {

    public static final TransferFilter NONE = new TransferFilter(null, null, List.of(), null, null, null);

    public TransferFilter {
        states = states == null ? List.of() : List.copyOf(states);
    }
}
