package backoffice.sandbox.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * An innovator's programme: its api-key, its transfer profile and its flat fees in minor units per currency
 * (deposit, transfer, and named custom fee types).
 */
public record Programme(String id, String name, String apiKey, String transferProfileId, List<String> currencies,
                        Map<String, Long> depositFees, Map<String, Long> transferFees,
                        Map<String, Map<String, Long>> customFees) {

    public long depositFee(String currency) {
        return depositFees.getOrDefault(currency, 0L);
    }

    public long transferFee(String currency) {
        return transferFees.getOrDefault(currency, 0L);
    }

    /** A custom fee type's amount in a currency; empty when the type is unknown (UNRESOLVED_FEE_TYPE). */
    public OptionalLong customFee(String feeType, String currency) {
        Map<String, Long> byCurrency = customFees.get(feeType);
        if (byCurrency == null || !byCurrency.containsKey(currency)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(byCurrency.get(currency));
    }

    /** The {@code fees} object of {@code GET /sandbox/programme}. */
    public Map<String, Object> feeTable() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("deposit", depositFees);
        out.put("transfer", transferFees);
        out.put("custom", customFees);
        return out;
    }
}
