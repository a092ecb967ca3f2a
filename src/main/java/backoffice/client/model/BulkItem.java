package backoffice.client.model;

import java.util.Map;

/** One item of a bulk submission: the single call's path parameters and body. */
public record BulkItem(Map<String, String> pathParams, Object requestBody) {

    public static BulkItem transfer(CreateTransfer transfer) {
        return new BulkItem(Map.of(), transfer);
    }

    public static BulkItem spendRules(String cardId, SpendRules changes) {
        return new BulkItem(Map.of("_id_", cardId), changes);
    }
}
