package backoffice.app;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What the console knows about a backend's fees: the transfer profile to use and the flat fees per currency. The
 * embedded sandbox tells it exactly; a remote environment does not publish them ({@link #unknown()}), and the
 * confirmation then says the fee is set by the programme.
 */
public record FeeSchedule(String transferProfileId, Map<String, Long> transferFees,
                          Map<String, Map<String, Long>> customFees) {

    public static FeeSchedule unknown() {
        return new FeeSchedule(null, Map.of(), Map.of());
    }

    public OptionalLong transferFee(String currency) {
        Long fee = transferFees.get(currency);
        return fee == null ? OptionalLong.empty() : OptionalLong.of(fee);
    }

    public OptionalLong customFee(String feeType, String currency) {
        Map<String, Long> byCurrency = customFees.get(feeType);
        Long fee = byCurrency == null ? null : byCurrency.get(currency);
        return fee == null ? OptionalLong.empty() : OptionalLong.of(fee);
    }

    public List<String> feeTypes() {
        return customFees.keySet().stream().sorted().toList();
    }
}
