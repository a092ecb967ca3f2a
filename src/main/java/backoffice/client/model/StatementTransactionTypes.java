package backoffice.client.model;

import java.util.List;

/**
 * {@code StatementTransactionType} (§9.6): the transaction types a statement can be filtered by — the
 * {@link TransactionId} types without LINKED_ACCOUNT_VERIFICATION_TRANSFER, INCOMING_WIRE_TRANSFER, FUNDING and
 * TEST_FUNDING. Alphabetical.
 */
public final class StatementTransactionTypes {

    public static final List<String> ALL = List.of("ADJUSTMENT", "AUTHORISATION", "AUTHORISATION_CANCELLATION",
            "AUTHORISATION_DECLINE", "AUTHORISATION_EXPIRY", "AUTHORISATION_MANUAL_CLOSE", "AUTHORISATION_REVERSAL",
            "CHARGE_FEE", "CORRESPONDENT_BANK_TRANSFER", "DEPOSIT", "FEE_REVERSAL", "MANUAL_TRANSACTION",
            "MERCHANT_REFUND", "MERCHANT_REFUND_REVERSAL", "ORIGINAL_CREDIT_TRANSACTION",
            "OUTGOING_DIRECT_DEBIT_COLLECTION", "OUTGOING_DIRECT_DEBIT_REFUND", "OUTGOING_WIRE_TRANSFER", "SEND",
            "SETTLEMENT", "SETTLEMENT_REVERSAL", "SYSTEM_TRANSACTION", "TRANSFER", "WITHDRAWAL_RELEASE",
            "WITHDRAWAL_RESERVE");

    private StatementTransactionTypes() {
    }
}
