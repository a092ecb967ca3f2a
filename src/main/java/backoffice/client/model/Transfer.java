package backoffice.client.model;

/** {@code Transfer}: an instrument-to-instrument movement; the fee is charged to the source on top. */
public record Transfer(String id, String profileId, String tag, InstrumentId source, InstrumentId destination,
                       CurrencyAmount destinationAmount, String description, String state, long creationTimestamp,
                       String scheduledTimestamp, String executionTimestamp, String cancellationReason) {
}
