package backoffice.client.statements;

import backoffice.client.model.StatementOrder;
import java.util.List;

/**
 * The filters of a statement request (§4.2, §5.5); null means "not sent, server default". Timestamps are epoch ms
 * and both ends are inclusive. {@code fundMovementsOnly} exists for accounts only (deprecated by the API) and is not
 * sent for cards.
 *
 * @param order             oldest or newest first; null sends nothing (the API's default: newest first)
 * @param transactionTypes  values of {@code StatementTransactionType} (§9.6); empty = every type
 */
public record StatementQuery(StatementOrder order, Long fromTimestamp, Long toTimestamp, Boolean fundMovementsOnly,
                             Boolean singleEntryPerTransaction, List<String> transactionTypes) {

    /** Every entry, newest first. */
    public static final StatementQuery ALL = new StatementQuery(null, null, null, null, null, List.of());

    public StatementQuery {
        transactionTypes = transactionTypes == null ? List.of() : List.copyOf(transactionTypes);
    }

    public StatementQuery withOrder(StatementOrder value) {
        return new StatementQuery(value, fromTimestamp, toTimestamp, fundMovementsOnly, singleEntryPerTransaction,
                transactionTypes);
    }

    public StatementQuery withRange(Long from, Long to) {
        return new StatementQuery(order, from, to, fundMovementsOnly, singleEntryPerTransaction, transactionTypes);
    }

    public StatementQuery withFundMovementsOnly(Boolean value) {
        return new StatementQuery(order, fromTimestamp, toTimestamp, value, singleEntryPerTransaction,
                transactionTypes);
    }

    public StatementQuery withSingleEntryPerTransaction(Boolean value) {
        return new StatementQuery(order, fromTimestamp, toTimestamp, fundMovementsOnly, value, transactionTypes);
    }

    public StatementQuery withTransactionTypes(List<String> values) {
        return new StatementQuery(order, fromTimestamp, toTimestamp, fundMovementsOnly, singleEntryPerTransaction,
                values);
    }

    /** Whether entries come oldest first. */
    public boolean ascending() {
        return order == StatementOrder.ASC;
    }
}
