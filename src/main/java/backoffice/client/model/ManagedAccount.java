package backoffice.client.model;

/** {@code GET /managed_accounts/{id}}. */
public record ManagedAccount(String id, String profileId, String tag, String friendlyName, String currency,
                             Balances balances, InstrumentState state, long creationTimestamp,
                             Long lowBalanceThreshold) {
}
