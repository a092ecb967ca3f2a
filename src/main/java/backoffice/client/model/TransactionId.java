package backoffice.client.model;

/** {@code {type, id}} of the transaction behind a statement entry (type e.g. TRANSFER, DEPOSIT, CHARGE_FEE). */
public record TransactionId(String type, String id) {
}
