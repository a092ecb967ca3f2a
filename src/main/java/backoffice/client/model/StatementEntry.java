package backoffice.client.model;

import java.util.Map;

/**
 * One statement line (§9.1). {@code transactionAmount} is signed and includes the fee on the paying side;
 * the balance adjustments are net of fees.
 */
public record StatementEntry(TransactionId transactionId, String entryState, CurrencyAmount originalAmount,
                             CurrencyAmount transactionAmount, CurrencyAmount availableBalanceAdjustment,
                             CurrencyAmount actualBalanceAdjustment, CurrencyAmount balanceAfter,
                             CurrencyAmount availableBalanceAfter, CurrencyAmount actualBalanceAfter,
                             CurrencyAmount transactionFee, CurrencyAmount cardholderFee, long processedTimestamp,
                             Map<String, String> additionalFields) {
}
