package backoffice.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** {@code Transfer.state}; a value the live API adds later reads as {@link #UNKNOWN}. */
public enum TransferState {
    INITIALISED, COMPLETED, REJECTED, FAILED, PENDING, SCHEDULED, CANCELLED, @JsonEnumDefaultValue UNKNOWN;

    /** The state named {@code raw}; null and unknown names give {@link #UNKNOWN}. */
    public static TransferState of(String raw) {
        return WireEnums.parse(TransferState.class, raw, UNKNOWN);
    }
}
