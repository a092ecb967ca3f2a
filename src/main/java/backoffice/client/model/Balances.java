package backoffice.client.model;

/** {@code ManagedInstrumentBalance}: available excludes pending/blocked funds, actual includes them. */
public record Balances(long availableBalance, long actualBalance) {
}
