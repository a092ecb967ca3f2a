package backoffice.client.model;

/**
 * {@code Transfer}: an instrument-to-instrument movement; the fee is charged to the source on top. {@code state} is
 * kept as sent, so that a state this version does not know still shows as the server wrote it.
 */
public record Transfer(String id, String profileId, String tag, InstrumentId source, InstrumentId destination,
                       CurrencyAmount destinationAmount, String description, String state, long creationTimestamp,
                       String scheduledTimestamp, String executionTimestamp, String cancellationReason) {

    /** The state as a value this version knows; {@link TransferState#UNKNOWN} for any other and for none. */
    public TransferState knownState() {
        return TransferState.of(state);
    }
}
