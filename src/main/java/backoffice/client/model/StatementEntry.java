package backoffice.client.model;

import java.util.Map;

/**
 * One statement line (§9.1). {@code transactionAmount} is signed and includes the fee on the paying side;
 * the balance adjustments are net of fees. Only {@code transactionId}, {@code entryState}, {@code transactionAmount}
 * and {@code processedTimestamp} are required by the published contract: every other field may be null.
 * A foreign-currency entry carries {@code forexRate}, {@code sourceAmount} and, when the user has its own currency,
 * {@code userCurrencyTransactionDetails}.
 */
public record StatementEntry(TransactionId transactionId, String entryState, CurrencyAmount originalAmount,
                             CurrencyAmount transactionAmount, CurrencyAmount availableBalanceAdjustment,
                             CurrencyAmount actualBalanceAdjustment, CurrencyAmount balanceAfter,
                             CurrencyAmount availableBalanceAfter, CurrencyAmount actualBalanceAfter,
                             CurrencyAmount transactionFee, CurrencyAmount cardholderFee, long processedTimestamp,
                             Map<String, String> additionalFields, ScaledAmount forexRate,
                             CurrencyAmount sourceAmount, UserCurrencyDetails userCurrencyTransactionDetails) {

    public StatementEntry {
        additionalFields = additionalFields == null ? Map.of() : additionalFields;
    }

    /** An entry without FX details. */
    public StatementEntry(TransactionId transactionId, String entryState, CurrencyAmount originalAmount,
                          CurrencyAmount transactionAmount, CurrencyAmount availableBalanceAdjustment,
                          CurrencyAmount actualBalanceAdjustment, CurrencyAmount balanceAfter,
                          CurrencyAmount availableBalanceAfter, CurrencyAmount actualBalanceAfter,
                          CurrencyAmount transactionFee, CurrencyAmount cardholderFee, long processedTimestamp,
                          Map<String, String> additionalFields) {
        this(transactionId, entryState, originalAmount, transactionAmount, availableBalanceAdjustment,
                actualBalanceAdjustment, balanceAfter, availableBalanceAfter, actualBalanceAfter, transactionFee,
                cardholderFee, processedTimestamp, additionalFields, null, null, null);
    }

    /**
     * What tells two entries apart when pages overlap: the transaction, its state, its time and amount (a transaction
     * can have a PENDING and a COMPLETED entry). A record, not text: a load checks every entry against the previous
     * page's, and a string key was ~100 bytes built per entry.
     */
    public Key key() {
        return new Key(transactionId, entryState, processedTimestamp, transactionAmount);
    }

    /** See {@link #key()}. */
    public record Key(TransactionId transactionId, String entryState, long processedTimestamp,
                      CurrencyAmount transactionAmount) {
    }
}
