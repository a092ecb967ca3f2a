package backoffice.client.model;

/** Body of {@code POST /transfers}: {@code destinationAmount} is what the destination receives (fee excluded). */
public record CreateTransfer(String profileId, String tag, InstrumentId source, InstrumentId destination,
                             CurrencyAmount destinationAmount, String description, String scheduledTimestamp) {
}
